// Exercises: tuple assignment, swap, gcd and fib with parallel assignment, index evaluation order in assignments
package main

import "fmt"

func gcd(x, y int) int {
	for y != 0 {
		x, y = y, x%y
	}
	return x
}

func fib(n int) int {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		x, y = y, x+y
	}
	return x
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(gcd(84, 36), gcd(17, 5))
	for i := 0; i <= 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // s[0] is set: indexes are evaluated first
	fmt.Println(i, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	m := map[string]int{}
	var ok bool
	m["k"], ok = 5, true
	fmt.Println(m, ok)
	_, c := 1, 3
	fmt.Println(c)
}

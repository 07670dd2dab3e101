// Exercises: a recursive closure declared with var before assignment.
package main

import "fmt"

func main() {
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	for i := range 8 {
		fmt.Print(fact(i), " ")
	}
	fmt.Println()

	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fibm(n-1) + fibm(n-2)
		return memo[n]
	}
	fmt.Println(fibm(50), len(memo))
}

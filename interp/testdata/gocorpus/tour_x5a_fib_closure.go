// Exercises: a closure returning successive Fibonacci numbers, two independent closures, a func-typed variable.
package main

import "fmt"

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type gen func() int

func take(g gen, n int) []int {
	out := make([]int, 0, n)
	for range n {
		out = append(out, g())
	}
	return out
}

func main() {
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Println(f())
	}
	g := fibonacci()
	fmt.Println(take(g, 5), take(f, 3), take(g, 2))
}

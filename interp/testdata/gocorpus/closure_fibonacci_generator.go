// Exercises: a closure returning successive Fibonacci numbers.
package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	f := fib()
	for range 12 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := fib()
	fmt.Println(g(), g(), g())
}

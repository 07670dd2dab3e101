// Exercises: recursion through a local closure defined with var, and a named function value reassigned
package main

import "fmt"

var op = func(a, b int) int { return a + b }

func apply(x, y int) int { return op(x, y) }

func main() {
	fmt.Println(apply(2, 3))
	op = func(a, b int) int { return a * b }
	fmt.Println(apply(2, 3))
	var walk func(n int) []int
	walk = func(k int) []int {
		if k == 0 {
			return nil
		}
		return append(walk(k-1), k)
	}
	fmt.Println(walk(4))
}

// Exercises: explicitly instantiating a generic function to a function value.
package main

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	f := MaxOf[int]
	fmt.Println(f(3, 9), apply(f, 12, 4))
	g := MaxOf[string]
	fmt.Println(g("apple", "banana"))
	fmt.Printf("%T\n", f)
	fmt.Println(apply(MaxOf[int], -1, -5))
}

// Exercises: generic Map, Filter and Reduce composed over ints and strings.
package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)

	words := []string{"go", "is", "a", "fun", "language"}
	long := Filter(words, func(s string) bool { return len(s) > 2 })
	upper := Map(long, strings.ToUpper)
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(long, upper, lens)
	joined := Reduce(words, "", func(acc string, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Println(joined)
	fmt.Printf("%T %T\n", upper, lens)
}

// Exercises: generic Map with two type parameters, Filter, Reduce, inference from arguments
package main

import (
	"fmt"
	"strconv"
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
	xs := []int{1, 2, 3, 4, 5}
	strs := Map(xs, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	ev := Filter(xs, func(x int) bool { return x%2 == 1 })
	fmt.Println(ev)
	fmt.Println(Reduce(xs, 0.5, func(a float64, x int) float64 { return a * float64(x) }))
}

// Exercises: map/filter/reduce over []int by hand and with generics (several type params), constraints, %T of a type parameter
package main

import (
	"fmt"
	"strconv"
)

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

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

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Celsius float64

func describe[T any](x T) string { return fmt.Sprintf("%v:%T", x, x) }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	evens := Filter(xs, func(x int) bool { return x%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	fmt.Printf("%q %T\n", strs, strs)
	fmt.Println(Reduce(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(strs, "", func(a string, s string) string { return a + s + ";" }))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max(Celsius(-3), Celsius(-1.5)))
	fmt.Printf("%T %v\n", Max[Celsius], Map([]Celsius{-3, 2}, describe[Celsius]))
}

// Exercises: explicitly instantiated generic functions stored as function values.
package main

import (
	"fmt"
	"strings"
)

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T any](xs []T, f func(T, T) T) T {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

func Repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func main() {
	maxInt := Max[int]
	maxStr := Max[string]
	fmt.Println(maxInt(3, 8), maxStr("go", "gopher"))
	fmt.Printf("%T\n", maxInt)
	fmt.Println(Apply([]int{4, 9, 2}, maxInt))
	fmt.Println(Apply([]float64{1.5, -2, 0.5}, Max[float64]))
	fmt.Println(Apply([]string{"b", "c", "a"}, func(a, b string) string { return a + b }))
	ops := map[string]func(int, int) int{"max": Max[int]}
	fmt.Println(ops["max"](10, -10))
	fmt.Println(Repeat[string]("ab", 3), Repeat(1.5, 2))
	fmt.Println(strings.Join(Repeat("-", 5), ""))
}

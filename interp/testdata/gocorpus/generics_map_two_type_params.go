// Exercises: generic Map function with two type parameters and inference.
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

func main() {
	nums := []int{1, 2, 3}
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	halves := Map[int, float64](nums, func(n int) float64 { return float64(n) / 2 })
	fmt.Println(halves)
}

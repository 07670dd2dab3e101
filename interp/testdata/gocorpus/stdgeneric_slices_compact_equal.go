// Exercises: slices.Compact, slices.CompactFunc, slices.Equal, slices.EqualFunc.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	xs = slices.Compact(xs)
	fmt.Println(xs, len(xs))
	words := []string{"Go", "go", "GO", "rust", "Rust", "go"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, []int{1, 2}))
	fmt.Println(slices.Equal([]int{}, nil))
	eq := slices.EqualFunc([]int{1, 2, 3}, []string{"1", "2", "3"}, func(a int, b string) bool {
		return fmt.Sprint(a) == b
	})
	fmt.Println(eq)
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 3}), slices.Compare([]int{1}, []int{1}))
}

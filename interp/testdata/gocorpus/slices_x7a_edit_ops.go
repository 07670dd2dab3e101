// Exercises: slices.Insert, Delete, Compact, CompactFunc, Replace, Reverse, Contains, Index, Equal, Repeat, Chunk
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{1, 2, 2, 3, 3, 3, 4}
	s = slices.Compact(s)
	fmt.Println(s, len(s))
	s = slices.Insert(s, 1, 10, 11)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	s = slices.Replace(s, 0, 1, 7, 7, 7)
	fmt.Println(s)
	slices.Reverse(s)
	fmt.Println(s, slices.Contains(s, 7), slices.Index(s, 3), slices.Index(s, 99))
	words := []string{"Go", "go", "GO", "rust", "Rust"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, nil))
	fmt.Println(slices.Repeat([]string{"ab", "c"}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
}

// Exercises: slices package: Sort, Index, Contains, Max, Min, Reverse, BinarySearch, Equal
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Index(xs, 8), slices.Contains(xs, 7))
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys)
	i, found := slices.BinarySearch(ys, 8)
	fmt.Println(i, found)
	slices.Reverse(ys)
	fmt.Println(ys, slices.Equal(xs, ys))
	ys = slices.Insert(ys, 1, 100, 200)
	ys = slices.Delete(ys, 0, 1)
	fmt.Println(ys, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}

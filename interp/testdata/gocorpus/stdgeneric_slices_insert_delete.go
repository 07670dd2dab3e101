// Exercises: slices.Insert, slices.Delete, slices.DeleteFunc, slices.Replace, slices.Grow.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []string{"a", "d"}
	xs = slices.Insert(xs, 1, "b", "c")
	fmt.Println(xs)
	xs = slices.Insert(xs, len(xs), "e")
	fmt.Println(xs)
	xs = slices.Delete(xs, 1, 3)
	fmt.Println(xs, len(xs))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%3 == 0 })
	fmt.Println(nums)
	nums = slices.Replace(nums, 0, 2, 100)
	fmt.Println(nums)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Clip(g[:1:5]), cap(slices.Clip(g[:1:5])))
}

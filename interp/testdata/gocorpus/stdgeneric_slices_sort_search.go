// Exercises: slices.Sort, slices.BinarySearch, slices.Contains, slices.Index.
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{42, 7, 19, 3, 25, 7}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 19)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 20)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 25), slices.Contains(xs, 26))
	fmt.Println(slices.Index(xs, 7), slices.Index(xs, 100))
	fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 20 }))
	words := []string{"pear", "Apple", "banana"}
	slices.Sort(words)
	fmt.Println(words)
}

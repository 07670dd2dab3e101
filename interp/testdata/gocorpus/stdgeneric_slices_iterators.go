// Exercises: slices.All, slices.Values, slices.Backward, slices.Collect, slices.Sorted.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	xs := []string{"x", "y", "z"}
	for i, v := range slices.All(xs) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	c := slices.Collect(slices.Values(xs))
	c[0] = "changed"
	fmt.Println(xs, c)
	m := map[string]int{"b": 2, "c": 3, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(xs)))
}

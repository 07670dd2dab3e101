// Exercises: filtering a slice in place reusing its backing array, slices.DeleteFunc
package main

import (
	"fmt"
	"slices"
)

func evens(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	ev := evens(xs)
	fmt.Println(ev, xs)
	ws := []float64{0.5, -0.1, 0.0, 2.0, -3}
	ws = slices.DeleteFunc(ws, func(w float64) bool { return w <= 0 })
	fmt.Println(ws, len(ws))
}

// Exercises: generic MinMax over cmp.Ordered with strings, ints and floats.
package main

import (
	"cmp"
	"fmt"
)

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi, true
}

func main() {
	fmt.Println(MinMax([]int{4, -2, 9, 0}))
	fmt.Println(MinMax([]string{"kiwi", "apple", "zucchini"}))
	fmt.Println(MinMax([]float64{}))
	fmt.Println(MinMax([]uint8{200, 3, 77}))
}

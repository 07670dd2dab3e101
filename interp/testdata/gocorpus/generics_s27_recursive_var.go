// A recursive generic merge sort with a var declaration of a recursive
// call's result and a parallel assignment of slices.
package main

import (
	"cmp"
	"fmt"
)

func mergeSort[T cmp.Ordered](a []T) []T {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	var left = mergeSort(a[:mid])
	var right []T = mergeSort(a[mid:])
	out := make([]T, 0, len(a))
	for len(left) > 0 && len(right) > 0 {
		if left[0] <= right[0] {
			out, left = append(out, left[0]), left[1:]
		} else {
			out, right = append(out, right[0]), right[1:]
		}
	}
	out = append(out, left...)
	return append(out, right...)
}

func depth[T any](xs []T, d int) (int, T) {
	if len(xs) == 1 {
		return d, xs[0]
	}
	var n, v = depth(xs[1:], d+1)
	return n, v
}

func main() {
	fmt.Println(mergeSort([]int{5, 1, 4, 15, 23}))
	fmt.Println(mergeSort([]float64{3.5, -1, 2.25, 0}))
	fmt.Println(mergeSort([]string{"pear", "apple", "fig"}))
	fmt.Println(depth([]string{"a", "b", "c"}, 0))
}

// Exercises: generic binary search and insertion into a sorted slice.
package main

import (
	"cmp"
	"fmt"
)

func Search[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

func InsertSorted[T cmp.Ordered](xs []T, v T) []T {
	i, _ := Search(xs, v)
	xs = append(xs, v)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	var xs []int
	for _, v := range []int{5, 1, 4, 1, 9, 2, 6} {
		xs = InsertSorted(xs, v)
	}
	fmt.Println(xs)
	fmt.Println(Search(xs, 4))
	fmt.Println(Search(xs, 3))
	fmt.Println(Search([]string{"a", "c", "e"}, "e"))
}

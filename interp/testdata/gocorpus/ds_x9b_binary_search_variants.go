// Exercises: binary search variants: lower/upper bound by hand, sort.Search and sort.SearchInts, search in a rotated array, integer square root by bisection, slices.BinarySearchFunc.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func searchRotated(a []int, t int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == t:
			return mid
		case a[lo] <= a[mid]:
			if a[lo] <= t && t < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if a[mid] < t && t <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func isqrt(n int) int {
	return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
}

type word struct {
	text string
	freq int
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 13}
	for _, x := range []int{0, 3, 4, 13, 20} {
		upper := sort.Search(len(a), func(i int) bool { return a[i] > x })
		fmt.Print(x, ":", lowerBound(a, x), "/", upper, "/", sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	rot := []int{15, 18, 22, 3, 6, 9, 12}
	fmt.Println(searchRotated(rot, 15), searchRotated(rot, 3), searchRotated(rot, 12), searchRotated(rot, 7), isqrt(0), isqrt(15), isqrt(16), isqrt(1000000))
	ws := []word{{"ant", 3}, {"bee", 9}, {"cat", 1}, {"dog", 4}}
	i, ok := slices.BinarySearchFunc(ws, "cat", func(w word, t string) int { return strings.Compare(w.text, t) })
	j, ok2 := slices.BinarySearchFunc(ws, "cow", func(w word, t string) int { return strings.Compare(w.text, t) })
	fmt.Println(i, ok, ws[i].freq, j, ok2)
}

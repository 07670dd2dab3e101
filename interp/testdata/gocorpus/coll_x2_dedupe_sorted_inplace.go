// Exercises: removing duplicates: in-place on a sorted slice, and order-preserving with a map.
package main

import (
	"fmt"
	"sort"
)

func dedupeSorted(xs []int) []int {
	if len(xs) == 0 {
		return xs
	}
	w := 1
	for r := 1; r < len(xs); r++ {
		if xs[r] != xs[w-1] {
			xs[w] = xs[r]
			w++
		}
	}
	return xs[:w]
}

func dedupeStable(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func main() {
	nums := []int{5, 3, 9, 3, 5, 1, 9, 9, 2}
	sort.Ints(nums)
	fmt.Println(nums)
	u := dedupeSorted(nums)
	fmt.Println(u, len(u), cap(u))
	fmt.Println(nums)
	names := []string{"bob", "ann", "bob", "cid", "ann", "dee"}
	fmt.Println(dedupeStable(names))
	fmt.Println(names)
	fmt.Println(dedupeSorted(nil), len(dedupeSorted([]int{})))
}

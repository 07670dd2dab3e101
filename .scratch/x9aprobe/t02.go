// Exercises: Heap's algorithm permutations with a shared slice, power set by bitmask, rune permutations
package main

import (
	"fmt"
	"sort"
)

func heapPerm(a []int, k int, emit func([]int)) {
	if k == 1 {
		emit(a)
		return
	}
	heapPerm(a, k-1, emit)
	for i := 0; i < k-1; i++ {
		if k%2 == 0 {
			a[i], a[k-1] = a[k-1], a[i]
		} else {
			a[0], a[k-1] = a[k-1], a[0]
		}
		heapPerm(a, k-1, emit)
	}
}

func main() {
	var all [][]int
	heapPerm([]int{1, 2, 3}, 3, func(p []int) { all = append(all, append([]int(nil), p...)) })
	fmt.Println(all)
	var aliased [][]int
	heapPerm([]int{1, 2, 3}, 3, func(p []int) { aliased = append(aliased, p) })
	fmt.Println(aliased)
	set := []string{"a", "b", "c"}
	var subsets []string
	for mask := 0; mask < 1<<len(set); mask++ {
		s := ""
		for i := range set {
			if mask&(1<<i) != 0 {
				s += set[i]
			}
		}
		subsets = append(subsets, "{"+s+"}")
	}
	sort.Strings(subsets)
	fmt.Println(subsets)
}

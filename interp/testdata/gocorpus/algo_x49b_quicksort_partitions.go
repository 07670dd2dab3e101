package main

import (
	"cmp"
	"fmt"
)

type Stats struct {
	Partitions int
	Swaps      int
	MaxDepth   int
}

func lomuto[T cmp.Ordered](a []T, p, r int, st *Stats) int {
	x := a[r]
	i := p - 1
	for j := p; j < r; j++ {
		if a[j] <= x {
			i++
			a[i], a[j] = a[j], a[i]
			st.Swaps++
		}
	}
	a[i+1], a[r] = a[r], a[i+1]
	st.Swaps++
	st.Partitions++
	return i + 1
}

func quickSort[T cmp.Ordered](a []T, p, r, depth int, st *Stats) {
	if depth > st.MaxDepth {
		st.MaxDepth = depth
	}
	if p < r {
		q := lomuto(a, p, r, st)
		fmt.Printf("depth %d pivot %v at %d: %v\n", depth, a[q], q, a[p:r+1])
		quickSort(a, p, q-1, depth+1, st)
		quickSort(a, q+1, r, depth+1, st)
	}
}

func Sort[T cmp.Ordered](a []T) Stats {
	var st Stats
	quickSort(a, 0, len(a)-1, 0, &st)
	return st
}

func main() {
	ints := []int{2, 8, 7, 1, 3, 5, 6, 4}
	st := Sort(ints)
	fmt.Printf("%v %+v\n", ints, st)

	words := []string{"pear", "apple", "fig", "kiwi", "banana"}
	st2 := Sort(words)
	fmt.Printf("%q %#v\n", words, st2)

	sorted := []float64{1, 2, 3, 4, 5, 6}
	fmt.Printf("worst case: %+v\n", Sort(sorted))
}

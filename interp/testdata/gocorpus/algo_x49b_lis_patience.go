package main

import (
	"fmt"
	"sort"
)

func lisQuadratic(a []int) (int, []int) {
	n := len(a)
	if n == 0 {
		return 0, nil
	}
	L := make([]int, n)
	prev := make([]int, n)
	best := 0
	for i := range a {
		L[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if a[j] < a[i] && L[j]+1 > L[i] {
				L[i], prev[i] = L[j]+1, j
			}
		}
		if L[i] > L[best] {
			best = i
		}
	}
	var seq []int
	for i := best; i >= 0; i = prev[i] {
		seq = append([]int{a[i]}, seq...)
	}
	return L[best], seq
}

func lisPatience(a []int) int {
	var piles []int
	for _, x := range a {
		i := sort.SearchInts(piles, x)
		if i == len(piles) {
			piles = append(piles, x)
		} else {
			piles[i] = x
		}
		fmt.Printf("  %3d -> tops %v\n", x, piles)
	}
	return len(piles)
}

func main() {
	a := []int{10, 9, 2, 5, 3, 7, 101, 18, 4, 20}
	n, seq := lisQuadratic(a)
	fmt.Println("quadratic:", n, seq)
	fmt.Println("patience:", lisPatience(a))
	for _, t := range [][]int{{}, {5}, {5, 4, 3}, {1, 2, 3, 4}, {3, 10, 2, 1, 20}} {
		n, seq := lisQuadratic(t)
		fmt.Printf("%-14v len=%d seq=%v\n", t, n, seq)
	}
}

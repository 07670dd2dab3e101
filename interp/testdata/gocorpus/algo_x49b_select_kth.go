package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type selector struct {
	rng   *rand.Rand
	calls int
}

func (s *selector) partition(a []int, p, r int) int {
	k := p + s.rng.IntN(r-p+1)
	a[k], a[r] = a[r], a[k]
	x, i := a[r], p-1
	for j := p; j < r; j++ {
		if a[j] <= x {
			i++
			a[i], a[j] = a[j], a[i]
		}
	}
	a[i+1], a[r] = a[r], a[i+1]
	return i + 1
}

// randomizedSelect returns the i-th smallest element (1-based) of a[p..r].
func (s *selector) randomizedSelect(a []int, p, r, i int) int {
	s.calls++
	if p == r {
		return a[p]
	}
	q := s.partition(a, p, r)
	k := q - p + 1
	switch {
	case i == k:
		return a[q]
	case i < k:
		return s.randomizedSelect(a, p, q-1, i)
	default:
		return s.randomizedSelect(a, q+1, r, i-k)
	}
}

func minMax(a []int) (lo, hi, cmps int) {
	lo, hi = a[0], a[0]
	for _, v := range a[1:] {
		cmps += 2
		if v < lo {
			lo = v
		} else if v > hi {
			hi = v
		}
	}
	return
}

func main() {
	data := []int{3, 2, 9, 0, 7, 5, 4, 8, 6, 1, 15, 11}
	s := &selector{rng: rand.New(rand.NewPCG(1, 2))}
	sorted := slices.Sorted(slices.Values(data))
	for _, i := range []int{1, 4, 6, 12} {
		cp := slices.Clone(data)
		got := s.randomizedSelect(cp, 0, len(cp)-1, i)
		fmt.Printf("i=%2d select=%2d sorted=%2d ok=%t\n", i, got, sorted[i-1], got == sorted[i-1])
	}
	fmt.Println("calls > 0:", s.calls > 0)
	lo, hi, c := minMax(data)
	fmt.Printf("min=%d max=%d comparisons=%d\n", lo, hi, c)
	fmt.Println("median:", sorted[(len(sorted)-1)/2])
}

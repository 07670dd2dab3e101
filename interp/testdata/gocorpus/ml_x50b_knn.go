package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Sample struct {
	Feat  [2]float64
	Class string
}

type neighbor struct {
	dist float64
	idx  int
}

func classify(train []Sample, q [2]float64, k int) (string, []neighbor) {
	ns := make([]neighbor, len(train))
	for i, s := range train {
		dx, dy := s.Feat[0]-q[0], s.Feat[1]-q[1]
		ns[i] = neighbor{math.Sqrt(dx*dx + dy*dy), i}
	}
	slices.SortFunc(ns, func(a, b neighbor) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
	votes := map[string]float64{}
	for _, n := range ns[:k] {
		votes[train[n.idx].Class] += 1 / (n.dist + 1e-9)
	}
	keys := make([]string, 0, len(votes))
	for c := range votes {
		keys = append(keys, c)
	}
	slices.Sort(keys)
	best := keys[0]
	for _, c := range keys[1:] {
		if votes[c] > votes[best] {
			best = c
		}
	}
	return best, ns[:k]
}

func main() {
	train := []Sample{
		{[2]float64{1.0, 1.1}, "A"}, {[2]float64{1.2, 0.9}, "A"}, {[2]float64{0.8, 1.0}, "A"},
		{[2]float64{3.0, 3.2}, "B"}, {[2]float64{3.1, 2.9}, "B"}, {[2]float64{2.9, 3.0}, "B"},
		{[2]float64{1.0, 3.0}, "C"}, {[2]float64{1.2, 3.1}, "C"},
	}
	queries := [][2]float64{{1.1, 1.0}, {2.0, 2.0}, {1.1, 2.8}, {3.5, 3.5}}
	for _, k := range []int{1, 3, 5} {
		fmt.Printf("k=%d\n", k)
		for _, q := range queries {
			c, ns := classify(train, q, k)
			idx := make([]int, len(ns))
			for i, n := range ns {
				idx[i] = n.idx
			}
			fmt.Printf("  %v -> %s  nearest=%v d0=%.3f\n", q, c, idx, ns[0].dist)
		}
	}
	fmt.Printf("%#v\n", train[0])
}

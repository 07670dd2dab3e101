// Exercises: k-nearest neighbours with slices.SortFunc, cmp.Compare, maps.Keys with slices.Sorted, range over int
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
)

type Example struct {
	X     []float64
	Label string
}

type neighbour struct {
	Dist  float64
	Label string
}

func knn(train []Example, q []float64, k int) (string, map[string]int) {
	ns := make([]neighbour, 0, len(train))
	for _, e := range train {
		d := 0.0
		for i := range len(q) {
			d += (e.X[i] - q[i]) * (e.X[i] - q[i])
		}
		ns = append(ns, neighbour{math.Sqrt(d), e.Label})
	}
	slices.SortFunc(ns, func(a, b neighbour) int {
		if c := cmp.Compare(a.Dist, b.Dist); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
	votes := map[string]int{}
	for _, n := range ns[:k] {
		votes[n.Label]++
	}
	best := ""
	for _, l := range slices.Sorted(maps.Keys(votes)) {
		if best == "" || votes[l] > votes[best] {
			best = l
		}
	}
	return best, votes
}

func main() {
	train := []Example{
		{[]float64{1, 1}, "a"}, {[]float64{1, 2}, "a"}, {[]float64{2, 1}, "a"},
		{[]float64{5, 5}, "b"}, {[]float64{6, 5}, "b"}, {[]float64{5, 6}, "b"},
		{[]float64{3, 3}, "c"},
	}
	for _, q := range [][]float64{{1.5, 1.5}, {4, 4}, {3, 2.5}} {
		for _, k := range []int{1, 3, 5} {
			label, votes := knn(train, q, k)
			fmt.Printf("q=%v k=%d -> %s %v\n", q, k, label, votes)
		}
	}
	labels := slices.Collect(maps.Keys(map[string]bool{"z": true, "y": true}))
	slices.Sort(labels)
	fmt.Println(labels, slices.Index(labels, "z"), slices.Max([]float64{3, 9, 1}))
}

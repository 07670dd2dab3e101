// Exercises: k-nearest neighbours, struct slice sorted by distance with sort.Slice and a tie-break, vote counting in a map
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	X     []float64
	Label string
}

type neighbour struct {
	dist  float64
	label string
	idx   int
}

func classify(train []Point, q []float64, k int) (string, []neighbour) {
	ns := make([]neighbour, len(train))
	for i, p := range train {
		d := 0.0
		for j := range q {
			d += (p.X[j] - q[j]) * (p.X[j] - q[j])
		}
		ns[i] = neighbour{math.Sqrt(d), p.Label, i}
	}
	sort.Slice(ns, func(a, b int) bool {
		if ns[a].dist != ns[b].dist {
			return ns[a].dist < ns[b].dist
		}
		return ns[a].idx < ns[b].idx
	})
	votes := map[string]int{}
	best := ""
	for _, n := range ns[:k] {
		votes[n.label]++
		if best == "" || votes[n.label] > votes[best] || (votes[n.label] == votes[best] && n.label < best) {
			best = n.label
		}
	}
	return best, ns[:k]
}

func main() {
	train := []Point{{[]float64{1, 1}, "cat"}, {[]float64{1, 2}, "cat"}, {[]float64{4, 4}, "dog"},
		{[]float64{5, 4}, "dog"}, {[]float64{3, 3}, "dog"}, {[]float64{2, 1}, "cat"}}
	for _, q := range [][]float64{{1.5, 1.5}, {3.5, 3.5}, {2.5, 2.5}} {
		for _, k := range []int{1, 3, 5} {
			label, ns := classify(train, q, k)
			fmt.Printf("q=%v k=%d -> %s %v\n", q, k, label, ns[0])
		}
	}
	fmt.Println(map[string]int{"dog": 2, "cat": 3})
}

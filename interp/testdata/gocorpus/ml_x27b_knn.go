package main

import (
	"fmt"
	"math"
	"sort"
)

type Labeled struct {
	F     [2]float64
	Class string
}

type neighbor struct {
	d     float64
	class string
	idx   int
}

type byDist []neighbor

func (b byDist) Len() int      { return len(b) }
func (b byDist) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byDist) Less(i, j int) bool {
	if b[i].d == b[j].d {
		return b[i].idx < b[j].idx
	}
	return b[i].d < b[j].d
}

type Metric func(a, b [2]float64) float64

func euclid(a, b [2]float64) float64 { return math.Hypot(a[0]-b[0], a[1]-b[1]) }
func manhattan(a, b [2]float64) float64 {
	return math.Abs(a[0]-b[0]) + math.Abs(a[1]-b[1])
}

func classify(train []Labeled, q [2]float64, k int, m Metric) (string, map[string]int) {
	ns := make(byDist, len(train))
	for i, t := range train {
		ns[i] = neighbor{m(t.F, q), t.Class, i}
	}
	sort.Sort(ns)
	votes := map[string]int{}
	for _, n := range ns[:k] {
		votes[n.class]++
	}
	best, bc := "", -1
	keys := make([]string, 0, len(votes))
	for c := range votes {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	for _, c := range keys {
		if votes[c] > bc {
			best, bc = c, votes[c]
		}
	}
	return best, votes
}

func main() {
	train := []Labeled{
		{[2]float64{1, 1}, "a"}, {[2]float64{1.2, 0.8}, "a"}, {[2]float64{0.7, 1.3}, "a"},
		{[2]float64{4, 4}, "b"}, {[2]float64{4.2, 3.9}, "b"}, {[2]float64{3.8, 4.4}, "b"},
		{[2]float64{1, 4}, "c"}, {[2]float64{1.3, 4.2}, "c"}, {[2]float64{0.8, 3.7}, "c"},
		{[2]float64{2.5, 2.5}, "b"},
	}
	queries := [][2]float64{{1, 2}, {3, 3}, {1, 3}, {2.5, 1}, {2.2, 2.6}}
	metrics := []struct {
		name string
		m    Metric
	}{{"euclid", euclid}, {"manhattan", manhattan}}
	for _, mt := range metrics {
		for _, k := range []int{1, 3, 5} {
			fmt.Printf("%-9s k=%d:", mt.name, k)
			for _, q := range queries {
				c, v := classify(train, q, k, mt.m)
				fmt.Printf(" %v->%s%v", q, c, v)
			}
			fmt.Println()
		}
	}
}

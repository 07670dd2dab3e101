package main

import (
	"fmt"
	"math"
	"sort"
)

type Stump struct {
	Feature   int
	Threshold float64
	Left      int
	Right     int
	Gini      float64
}

func gini(labels []int) float64 {
	if len(labels) == 0 {
		return 0
	}
	counts := map[int]int{}
	for _, l := range labels {
		counts[l]++
	}
	g := 1.0
	for _, c := range counts {
		p := float64(c) / float64(len(labels))
		g -= p * p
	}
	return g
}

func majority(labels []int) int {
	counts := map[int]int{}
	for _, l := range labels {
		counts[l]++
	}
	best, bc := -1, -1
	keys := make([]int, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		if counts[k] > bc {
			best, bc = k, counts[k]
		}
	}
	return best
}

func fit(X [][]float64, y []int) Stump {
	best := Stump{Gini: math.Inf(1)}
	for f := range X[0] {
		vals := make([]float64, len(X))
		for i := range X {
			vals[i] = X[i][f]
		}
		sort.Float64s(vals)
		for i := 0; i+1 < len(vals); i++ {
			if vals[i] == vals[i+1] {
				continue
			}
			t := (vals[i] + vals[i+1]) / 2
			var l, r []int
			for k, x := range X {
				if x[f] <= t {
					l = append(l, y[k])
				} else {
					r = append(r, y[k])
				}
			}
			w := (float64(len(l))*gini(l) + float64(len(r))*gini(r)) / float64(len(y))
			if w < best.Gini {
				best = Stump{f, t, majority(l), majority(r), w}
			}
		}
	}
	return best
}

func (s Stump) Predict(x []float64) int {
	if x[s.Feature] <= s.Threshold {
		return s.Left
	}
	return s.Right
}

func main() {
	X := [][]float64{{2.7, 2.5}, {1.3, 1.8}, {3.6, 4.4}, {1.4, 1.9}, {3.1, 3.0}, {7.6, 2.8}, {5.3, 2.1}, {6.9, 1.8}, {8.7, 0.2}, {7.7, 3.5}}
	y := []int{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}
	s := fit(X, y)
	fmt.Printf("%+v\n", s)
	fmt.Printf("gini(all)=%.4f\n", gini(y))
	correct := 0
	for i, x := range X {
		if s.Predict(x) == y[i] {
			correct++
		}
	}
	fmt.Printf("train acc=%.4f\n", float64(correct)/float64(len(y)))
	y2 := []int{0, 1, 0, 1, 2, 2, 1, 0, 2, 2}
	s2 := fit(X, y2)
	fmt.Printf("feature=%d t=%.4f gini=%.4f left=%d right=%d\n", s2.Feature, s2.Threshold, s2.Gini, s2.Left, s2.Right)
}

package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample struct {
	Features []float64
	Label    string
}

type neighbor struct {
	dist  float64
	label string
}

func euclid(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s)
}

type KNN struct {
	K    int
	data []Sample
}

func (m *KNN) Fit(data []Sample) { m.data = data }

func (m *KNN) Predict(x []float64) (string, map[string]int) {
	ns := make([]neighbor, len(m.data))
	for i, s := range m.data {
		ns[i] = neighbor{euclid(x, s.Features), s.Label}
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].dist < ns[j].dist })
	votes := map[string]int{}
	for _, n := range ns[:m.K] {
		votes[n.label]++
	}
	best, bestN := "", -1
	for label, n := range votes {
		if n > bestN || (n == bestN && label < best) {
			best, bestN = label, n
		}
	}
	return best, votes
}

func normalize(data []Sample) {
	dims := len(data[0].Features)
	for d := 0; d < dims; d++ {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, s := range data {
			lo = math.Min(lo, s.Features[d])
			hi = math.Max(hi, s.Features[d])
		}
		for _, s := range data {
			s.Features[d] = (s.Features[d] - lo) / (hi - lo)
		}
	}
}

func main() {
	train := []Sample{
		{[]float64{1.0, 1.1}, "A"}, {[]float64{1.2, 0.9}, "A"}, {[]float64{0.8, 1.0}, "A"},
		{[]float64{5.0, 5.2}, "B"}, {[]float64{5.5, 4.8}, "B"}, {[]float64{4.9, 5.1}, "B"},
		{[]float64{9.0, 1.0}, "C"}, {[]float64{8.5, 1.5}, "C"},
	}
	m := &KNN{K: 3}
	m.Fit(train)
	tests := [][]float64{{1, 1}, {5, 5}, {8, 2}, {3, 3}, {7, 3}}
	for _, x := range tests {
		label, votes := m.Predict(x)
		fmt.Printf("%v -> %s %v\n", x, label, votes)
	}
	correct := 0
	for i, s := range train {
		rest := append(append([]Sample{}, train[:i]...), train[i+1:]...)
		loo := &KNN{K: 3}
		loo.Fit(rest)
		if p, _ := loo.Predict(s.Features); p == s.Label {
			correct++
		}
	}
	fmt.Printf("leave-one-out accuracy: %d/%d = %.2f\n", correct, len(train), float64(correct)/float64(len(train)))
	normalize(train)
	fmt.Printf("%.3f\n", train[0].Features)
	fmt.Printf("%.2f\n", euclid([]float64{0, 0}, []float64{3, 4}))
}

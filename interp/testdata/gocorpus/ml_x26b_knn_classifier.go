package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	Features []float64
	Label    string
}

type neighbor struct {
	dist  float64
	label string
}

type KNN struct {
	K     int
	train []Point
	mean  []float64
	std   []float64
}

func (m *KNN) Fit(pts []Point) {
	d := len(pts[0].Features)
	m.mean, m.std = make([]float64, d), make([]float64, d)
	for _, p := range pts {
		for i, f := range p.Features {
			m.mean[i] += f / float64(len(pts))
		}
	}
	for _, p := range pts {
		for i, f := range p.Features {
			m.std[i] += (f - m.mean[i]) * (f - m.mean[i]) / float64(len(pts))
		}
	}
	for i := range m.std {
		m.std[i] = math.Sqrt(m.std[i])
	}
	m.train = nil
	for _, p := range pts {
		m.train = append(m.train, Point{m.norm(p.Features), p.Label})
	}
}

func (m *KNN) norm(f []float64) []float64 {
	out := make([]float64, len(f))
	for i := range f {
		out[i] = (f[i] - m.mean[i]) / m.std[i]
	}
	return out
}

func euclid(a, b []float64) (s float64) {
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

func (m *KNN) Predict(f []float64) (string, float64) {
	x := m.norm(f)
	ns := make([]neighbor, len(m.train))
	for i, p := range m.train {
		ns[i] = neighbor{euclid(x, p.Features), p.Label}
	}
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].dist < ns[j].dist })
	votes := map[string]float64{}
	for _, n := range ns[:m.K] {
		votes[n.label] += 1 / (n.dist + 1e-9)
	}
	best, bestV, total := "", -1.0, 0.0
	labels := make([]string, 0, len(votes))
	for l := range votes {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		total += votes[l]
		if votes[l] > bestV {
			best, bestV = l, votes[l]
		}
	}
	return best, bestV / total
}

func main() {
	data := []Point{
		{[]float64{1.0, 200}, "small"}, {[]float64{1.2, 220}, "small"}, {[]float64{0.8, 180}, "small"},
		{[]float64{3.0, 500}, "medium"}, {[]float64{3.3, 520}, "medium"}, {[]float64{2.9, 480}, "medium"},
		{[]float64{6.0, 900}, "large"}, {[]float64{5.5, 950}, "large"}, {[]float64{6.4, 870}, "large"},
	}
	m := &KNN{K: 3}
	m.Fit(data)
	fmt.Printf("mean=%.3f std=%.3f\n", m.mean, m.std)
	for _, q := range [][]float64{{1.1, 210}, {3.1, 505}, {5.9, 905}, {2.0, 350}, {4.5, 700}} {
		label, conf := m.Predict(q)
		fmt.Printf("%v -> %-6s (%.2f)\n", q, label, conf)
	}
	correct := 0
	for i, p := range data {
		rest := append(append([]Point{}, data[:i]...), data[i+1:]...)
		mm := &KNN{K: 3}
		mm.Fit(rest)
		if l, _ := mm.Predict(p.Features); l == p.Label {
			correct++
		}
	}
	fmt.Printf("LOO accuracy %d/%d = %.1f%%\n", correct, len(data), 100*float64(correct)/float64(len(data)))
}

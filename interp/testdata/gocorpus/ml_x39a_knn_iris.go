package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const irisCSV = `5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
4.7,3.2,1.3,0.2,setosa
5.0,3.6,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.9,3.1,4.9,1.5,versicolor
5.5,2.3,4.0,1.3,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
7.1,3.0,5.9,2.1,virginica
6.5,3.0,5.8,2.2,virginica`

type Sample struct {
	Features []float64
	Label    string
}

func load(s string) []Sample {
	var out []Sample
	for _, line := range strings.Split(s, "\n") {
		parts := strings.Split(line, ",")
		feats := make([]float64, 0, 4)
		for _, p := range parts[:4] {
			v, _ := strconv.ParseFloat(p, 64)
			feats = append(feats, v)
		}
		out = append(out, Sample{feats, parts[4]})
	}
	return out
}

func euclid(a, b []float64) float64 {
	var s float64
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s)
}

type neighbor struct {
	dist  float64
	label string
}

func classify(train []Sample, q []float64, k int) (string, []neighbor) {
	ns := make([]neighbor, len(train))
	for i, s := range train {
		ns[i] = neighbor{euclid(s.Features, q), s.Label}
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].dist < ns[j].dist })
	votes := map[string]int{}
	for _, n := range ns[:k] {
		votes[n.label]++
	}
	labels := make([]string, 0, len(votes))
	for l := range votes {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	best := labels[0]
	for _, l := range labels[1:] {
		if votes[l] > votes[best] {
			best = l
		}
	}
	return best, ns[:k]
}

func main() {
	train := load(irisCSV)
	queries := [][]float64{
		{5.0, 3.4, 1.5, 0.2},
		{6.1, 2.9, 4.7, 1.4},
		{6.7, 3.1, 5.6, 2.4},
		{6.0, 3.0, 4.8, 1.8},
	}
	for _, k := range []int{1, 3, 5} {
		fmt.Printf("k=%d\n", k)
		for _, q := range queries {
			label, ns := classify(train, q, k)
			ds := make([]string, len(ns))
			for i, n := range ns {
				ds[i] = fmt.Sprintf("%.2f", n.dist)
			}
			fmt.Printf("  %v -> %-10s nearest=[%s]\n", q, label, strings.Join(ds, " "))
		}
	}
	// leave-one-out accuracy
	correct := 0
	for i := range train {
		rest := append(append([]Sample{}, train[:i]...), train[i+1:]...)
		got, _ := classify(rest, train[i].Features, 3)
		if got == train[i].Label {
			correct++
		}
	}
	fmt.Printf("LOO accuracy: %d/%d = %.1f%%\n", correct, len(train), 100*float64(correct)/float64(len(train)))
}

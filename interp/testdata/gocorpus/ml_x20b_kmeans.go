package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec []float64

func (a Vec) Dist2(b Vec) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return s
}

func (a Vec) String() string {
	parts := make([]string, len(a))
	for i, v := range a {
		parts[i] = fmt.Sprintf("%.4f", v)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

type KMeans struct {
	Centroids []Vec
	Assign    []int
}

func (km *KMeans) Fit(data []Vec, iters int) int {
	km.Assign = make([]int, len(data))
	for it := 0; it < iters; it++ {
		changed := 0
		for i, p := range data {
			best, bd := 0, math.Inf(1)
			for c, cent := range km.Centroids {
				if d := p.Dist2(cent); d < bd {
					best, bd = c, d
				}
			}
			if km.Assign[i] != best || it == 0 {
				changed++
			}
			km.Assign[i] = best
		}
		k := len(km.Centroids)
		sums := make([]Vec, k)
		counts := make([]int, k)
		for c := range sums {
			sums[c] = make(Vec, len(data[0]))
		}
		for i, p := range data {
			c := km.Assign[i]
			counts[c]++
			for j := range p {
				sums[c][j] += p[j]
			}
		}
		for c := range sums {
			if counts[c] == 0 {
				continue
			}
			for j := range sums[c] {
				sums[c][j] /= float64(counts[c])
			}
			km.Centroids[c] = sums[c]
		}
		if changed == 0 {
			return it
		}
	}
	return iters
}

func main() {
	data := []Vec{
		{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5},
		{9, 9}, {8.5, 9.5}, {10, 8},
	}
	km := &KMeans{Centroids: []Vec{{1, 1}, {5, 7}, {9, 9}}}
	it := km.Fit(data, 20)
	fmt.Println("converged after", it)
	for c, cent := range km.Centroids {
		fmt.Printf("cluster %d: %v\n", c, cent)
	}
	fmt.Println(km.Assign)
	inertia := 0.0
	for i, p := range data {
		inertia += p.Dist2(km.Centroids[km.Assign[i]])
	}
	fmt.Printf("inertia=%.4f\n", inertia)
}

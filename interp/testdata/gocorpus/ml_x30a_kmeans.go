package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

type Point [2]float64

func dist2(a, b Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func nearest(p Point, cs []Point) int {
	best, bestD := 0, math.Inf(1)
	for i, c := range cs {
		if d := dist2(p, c); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

func KMeans(pts []Point, k int, rng *rand.Rand, maxIter int) ([]Point, []int, int) {
	cents := make([]Point, k)
	for i, j := range rng.Perm(len(pts))[:k] {
		cents[i] = pts[j]
	}
	assign := make([]int, len(pts))
	for it := 1; it <= maxIter; it++ {
		changed := false
		for i, p := range pts {
			if c := nearest(p, cents); c != assign[i] || it == 1 {
				changed = changed || c != assign[i]
				assign[i] = c
			}
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[assign[i]][0] += p[0]
			sums[assign[i]][1] += p[1]
			counts[assign[i]]++
		}
		for c := range k {
			if counts[c] > 0 {
				cents[c] = Point{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && it > 1 {
			return cents, assign, it
		}
	}
	return cents, assign, maxIter
}

func main() {
	rng := rand.New(rand.NewPCG(42, 7))
	centers := []Point{{0, 0}, {10, 10}, {0, 10}}
	var pts []Point
	for _, c := range centers {
		for range 30 {
			pts = append(pts, Point{c[0] + rng.NormFloat64(), c[1] + rng.NormFloat64()})
		}
	}
	rng.Shuffle(len(pts), func(i, j int) { pts[i], pts[j] = pts[j], pts[i] })

	cents, assign, iters := KMeans(pts, 3, rng, 50)
	slices.SortFunc(cents, func(a, b Point) int {
		if a[0]+a[1]*100 < b[0]+b[1]*100 {
			return -1
		}
		return 1
	})
	fmt.Println("iterations <= 50:", iters <= 50)
	for _, c := range cents {
		fmt.Printf("centroid (%5.1f, %5.1f)\n", c[0], c[1])
	}
	sizes := map[int]int{}
	for i := range pts {
		sizes[nearest(pts[i], cents)]++
	}
	fmt.Println("sizes:", sizes, len(assign))

	sse := 0.0
	for _, p := range pts {
		sse += dist2(p, cents[nearest(p, cents)])
	}
	fmt.Printf("sse/point: %.2f\n", sse/float64(len(pts)))
}

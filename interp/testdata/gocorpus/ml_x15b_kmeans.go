package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point [2]float64

func dist2(a, b Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func kmeans(pts []Point, k int, rng *rand.Rand, iters int) ([]Point, []int, float64) {
	cents := make([]Point, k)
	for i, idx := range rng.Perm(len(pts))[:k] {
		cents[i] = pts[idx]
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, cp := range cents {
				if d := dist2(p, cp); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best || it == 0 {
				changed = changed || assign[i] != best
				assign[i] = best
			}
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			c := assign[i]
			sums[c][0] += p[0]
			sums[c][1] += p[1]
			counts[c]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Point{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && it > 0 {
			fmt.Println("converged at iteration", it)
			break
		}
	}
	var inertia float64
	for i, p := range pts {
		inertia += dist2(p, cents[assign[i]])
	}
	return cents, assign, inertia
}

func main() {
	rng := rand.New(rand.NewSource(7))
	centers := []Point{{0, 0}, {10, 10}, {-8, 6}}
	var pts []Point
	for _, c := range centers {
		for range 30 {
			pts = append(pts, Point{c[0] + rng.NormFloat64(), c[1] + rng.NormFloat64()})
		}
	}
	rng.Shuffle(len(pts), func(i, j int) { pts[i], pts[j] = pts[j], pts[i] })
	cents, assign, inertia := kmeans(pts, 3, rng, 50)
	order := []int{0, 1, 2}
	sort.Slice(order, func(a, b int) bool { return cents[order[a]][0] < cents[order[b]][0] })
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	for _, c := range order {
		fmt.Printf("centroid (%6.3f, %6.3f) size %d\n", cents[c][0], cents[c][1], sizes[c])
	}
	fmt.Printf("inertia %.4f\n", inertia)
	fmt.Println(rng.Float64() < 1, rng.Int63n(1000))
}

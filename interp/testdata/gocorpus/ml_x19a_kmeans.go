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

func kmeans(pts []Point, k int, rng *rand.Rand, iters int) ([]Point, []int) {
	cent := make([]Point, k)
	perm := rng.Perm(len(pts))
	for i := range cent {
		cent[i] = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ct := range cent {
				if d := dist2(p, ct); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best || it == 0 {
				changed = changed || assign[i] != best
				assign[i] = best
			}
		}
		var sums = make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			c := assign[i]
			sums[c][0] += p[0]
			sums[c][1] += p[1]
			counts[c]++
		}
		for c := range cent {
			if counts[c] > 0 {
				cent[c] = Point{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && it > 0 {
			fmt.Println("converged after", it+1, "iterations")
			break
		}
	}
	return cent, assign
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var pts []Point
	centers := []Point{{0, 0}, {10, 10}, {-8, 6}}
	for _, c := range centers {
		for i := 0; i < 20; i++ {
			pts = append(pts, Point{c[0] + rng.NormFloat64(), c[1] + rng.NormFloat64()})
		}
	}
	cent, assign := kmeans(pts, 3, rng, 50)
	sort.Slice(cent, func(i, j int) bool { return cent[i][0] < cent[j][0] })
	for _, c := range cent {
		fmt.Printf("(%.1f, %.1f)\n", c[0], c[1])
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	var s []int
	for _, n := range sizes {
		s = append(s, n)
	}
	sort.Ints(s)
	fmt.Println(s)
	var sse float64
	for i, p := range pts {
		_ = i
		best := math.Inf(1)
		for _, c := range cent {
			best = math.Min(best, dist2(p, c))
		}
		sse += best
	}
	fmt.Printf("sse/n = %.2f\n", sse/float64(len(pts)))
}

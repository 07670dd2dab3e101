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

func kmeans(pts []Point, k int, iters int, rng *rand.Rand) ([]Point, []int) {
	centers := make([]Point, k)
	perm := rng.Perm(len(pts))
	for i := range k {
		centers[i] = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ctr := range centers {
				if d := dist2(p, ctr); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed = true
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
		for c := range centers {
			if counts[c] > 0 {
				centers[c] = Point{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && it > 0 {
			break
		}
	}
	return centers, assign
}

func main() {
	rng := rand.New(rand.NewSource(7))
	truth := []Point{{0, 0}, {5, 5}, {0, 6}}
	var pts []Point
	for _, c := range truth {
		for range 30 {
			pts = append(pts, Point{c[0] + rng.NormFloat64()*0.5, c[1] + rng.NormFloat64()*0.5})
		}
	}
	centers, assign := kmeans(pts, 3, 50, rng)
	sort.Slice(centers, func(i, j int) bool {
		if math.Round(centers[i][0]) != math.Round(centers[j][0]) {
			return centers[i][0] < centers[j][0]
		}
		return centers[i][1] < centers[j][1]
	})
	for _, c := range centers {
		fmt.Printf("(%.0f, %.0f)\n", c[0], c[1])
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	var sz []int
	for _, s := range sizes {
		sz = append(sz, s)
	}
	sort.Ints(sz)
	fmt.Println(sz)
	var inertia float64
	for i, p := range pts {
		_ = i
		best := math.Inf(1)
		for _, c := range centers {
			best = min(best, dist2(p, c))
		}
		inertia += best
	}
	fmt.Println("inertia < 60:", inertia < 60)
}

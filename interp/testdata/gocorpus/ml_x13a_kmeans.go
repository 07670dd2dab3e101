package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return dx*dx + dy*dy
}

func kmeans(pts []Point, k int, iters int, rng *rand.Rand) ([]Point, []int) {
	cent := make([]Point, k)
	perm := rng.Perm(len(pts))
	for i := range cent {
		cent[i] = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.MaxFloat64
			for c, ce := range cent {
				if d := p.Dist2(ce); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed = true
			}
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[assign[i]].X += p.X
			sums[assign[i]].Y += p.Y
			counts[assign[i]]++
		}
		for c := range cent {
			if counts[c] > 0 {
				cent[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
		if !changed && it > 0 {
			fmt.Println("converged after", it, "iterations")
			break
		}
	}
	return cent, assign
}

func main() {
	rng := rand.New(rand.NewSource(42))
	centers := []Point{{0, 0}, {5, 5}, {0, 6}}
	var pts []Point
	for _, c := range centers {
		for i := 0; i < 30; i++ {
			pts = append(pts, Point{c.X + rng.NormFloat64()*0.7, c.Y + rng.NormFloat64()*0.7})
		}
	}
	cent, assign := kmeans(pts, 3, 100, rng)
	sort.Slice(cent, func(i, j int) bool {
		if math.Abs(cent[i].X-cent[j].X) > 0.5 {
			return cent[i].X < cent[j].X
		}
		return cent[i].Y < cent[j].Y
	})
	for _, c := range cent {
		fmt.Printf("centroid (%.2f, %.2f)\n", c.X, c.Y)
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	var sz []int
	for _, v := range sizes {
		sz = append(sz, v)
	}
	sort.Ints(sz)
	fmt.Println("cluster sizes:", sz)
	inertia := 0.0
	for _, p := range pts {
		best := math.MaxFloat64
		for _, c := range cent {
			best = min(best, p.Dist2(c))
		}
		inertia += best
	}
	fmt.Printf("inertia %.3f\n", inertia)
}

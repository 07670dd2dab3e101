package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y float64 }

func (v Vec) Dist2(w Vec) float64 {
	dx, dy := v.X-w.X, v.Y-w.Y
	return dx*dx + dy*dy
}

func (v Vec) String() string { return fmt.Sprintf("(%.3f, %.3f)", v.X, v.Y) }

func kmeans(pts []Vec, cents []Vec, iters int) ([]Vec, []int) {
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ct := range cents {
				if d := p.Dist2(ct); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best {
				changed = true
			}
			assign[i] = best
		}
		sums := make([]Vec, len(cents))
		counts := make([]int, len(cents))
		for i, p := range pts {
			sums[assign[i]].X += p.X
			sums[assign[i]].Y += p.Y
			counts[assign[i]]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Vec{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
		fmt.Printf("iter %d: %v\n", it, cents)
		if !changed && it > 0 {
			break
		}
	}
	return cents, assign
}

func main() {
	pts := []Vec{
		{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5},
		{9, 9}, {8.5, 9.5}, {9.5, 8}, {1, 0.5}, {0.5, 1.5},
	}
	cents := []Vec{pts[0], pts[3], pts[7]}
	cents, assign := kmeans(pts, cents, 10)
	groups := map[int][]Vec{}
	for i, a := range assign {
		groups[a] = append(groups[a], pts[i])
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var sse float64
	for _, k := range keys {
		for _, p := range groups[k] {
			sse += p.Dist2(cents[k])
		}
		fmt.Printf("cluster %d centre %v members %v\n", k, cents[k], groups[k])
	}
	fmt.Printf("SSE=%.4f\n", sse)
}

package main

import (
	"fmt"
	"math"
	"slices"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return dx*dx + dy*dy
}

type rng uint64

func (r *rng) Float() float64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return float64(*r%1_000_000) / 1_000_000
}

func kmeans(pts []Point, k, iters int) ([]Point, []int) {
	cents := slices.Clone(pts[:k])
	assign := make([]int, len(pts))
	for it := range iters {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ce := range cents {
				if d := p.Dist2(ce); d < bd {
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
			sums[c].X += p.X
			sums[c].Y += p.Y
			counts[c]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
		if !changed && it > 0 {
			fmt.Println("converged after", it, "iterations")
			break
		}
	}
	return cents, assign
}

func main() {
	r := rng(88172645463325252)
	centers := []Point{{0, 0}, {10, 10}, {0, 10}}
	var pts []Point
	for i := range 60 {
		c := centers[i%3]
		pts = append(pts, Point{c.X + r.Float()*2 - 1, c.Y + r.Float()*2 - 1})
	}
	cents, assign := kmeans(pts, 3, 50)
	slices.SortFunc(cents, func(a, b Point) int {
		if a.X != b.X {
			return int(math.Copysign(1, a.X-b.X))
		}
		return int(math.Copysign(1, a.Y-b.Y))
	})
	for _, c := range cents {
		fmt.Printf("(%.2f, %.2f)\n", c.X, c.Y)
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	fmt.Println(sizes)
	inertia := 0.0
	for _, p := range pts {
		best := math.Inf(1)
		for _, c := range cents {
			best = math.Min(best, p.Dist2(c))
		}
		inertia += best
	}
	fmt.Printf("inertia %.3f\n", inertia)
}

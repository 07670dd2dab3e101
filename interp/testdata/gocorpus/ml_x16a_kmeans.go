package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

func kmeans(pts []Point, k, iters int, r *rand.Rand) ([]Point, []int) {
	cents := make([]Point, k)
	perm := r.Perm(len(pts))
	for i := range cents {
		cents[i] = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for it := 0; it < iters; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for j, c := range cents {
				if d := p.Dist(c); d < bd {
					best, bd = j, d
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
		for j := range cents {
			if counts[j] > 0 {
				cents[j] = Point{sums[j].X / float64(counts[j]), sums[j].Y / float64(counts[j])}
			}
		}
		if !changed && it > 0 {
			break
		}
	}
	return cents, assign
}

func main() {
	r := rand.New(rand.NewSource(7))
	var pts []Point
	centers := []Point{{0, 0}, {10, 10}, {0, 10}}
	for _, c := range centers {
		for i := 0; i < 20; i++ {
			pts = append(pts, Point{c.X + r.NormFloat64(), c.Y + r.NormFloat64()})
		}
	}
	cents, assign := kmeans(pts, 3, 50, r)
	sort.Slice(cents, func(i, j int) bool {
		if math.Round(cents[i].X) != math.Round(cents[j].X) {
			return cents[i].X < cents[j].X
		}
		return cents[i].Y < cents[j].Y
	})
	for _, c := range cents {
		fmt.Printf("(%.0f, %.0f)\n", c.X, c.Y)
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	vals := []int{}
	for _, v := range sizes {
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(vals, len(pts))
	fmt.Printf("%.4f %d %.4f\n", r.Float64(), r.Intn(100), pts[0].X)
}

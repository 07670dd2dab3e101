package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 { return (p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y) }

func kmeans(pts []Point, k int, iters int) ([]Point, []int, float64) {
	cents := make([]Point, k)
	for i := range cents {
		cents[i] = pts[i*len(pts)/k]
	}
	assign := make([]int, len(pts))
	var inertia float64
	for it := 0; it < iters; it++ {
		changed := false
		inertia = 0
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, q := range cents {
				if d := p.Dist2(q); d < bd {
					best, bd = c, d
				}
			}
			if assign[i] != best || it == 0 {
				changed = changed || assign[i] != best
				assign[i] = best
			}
			inertia += bd
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
			fmt.Println("converged at iteration", it)
			break
		}
	}
	return cents, assign, inertia
}

func main() {
	var pts []Point
	centers := []Point{{0, 0}, {5, 5}, {-4, 6}}
	for ci, c := range centers {
		for j := 0; j < 8; j++ {
			a := float64(j) * math.Pi / 4
			r := 0.5 + 0.1*float64(ci)
			pts = append(pts, Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)})
		}
	}
	cents, assign, inertia := kmeans(pts, 3, 50)
	sort.Slice(cents, func(i, j int) bool { return cents[i].X < cents[j].X })
	for _, c := range cents {
		fmt.Printf("centroid (%.3f, %.3f)\n", c.X, c.Y)
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	fmt.Println(sizes, fmt.Sprintf("%.4f", inertia))
}

package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func dist2(a, b Point) float64 {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}

type lcg struct{ state uint64 }

func (l *lcg) Float() float64 {
	l.state = l.state*6364136223846793005 + 1442695040888963407
	return float64(l.state>>11) / float64(1<<53)
}

func KMeans(pts []Point, k int, iters int) ([]Point, []int, int) {
	cents := make([]Point, k)
	for i := range cents {
		cents[i] = pts[i*len(pts)/k]
	}
	assign := make([]int, len(pts))
	for it := 1; it <= iters; it++ {
		changed := false
		for i, p := range pts {
			best, bestD := 0, math.Inf(1)
			for c, cp := range cents {
				if d := dist2(p, cp); d < bestD {
					best, bestD = c, d
				}
			}
			if assign[i] != best || it == 1 {
				changed = changed || assign[i] != best
				assign[i] = best
			}
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[assign[i]].X += p.X
			sums[assign[i]].Y += p.Y
			counts[assign[i]]++
		}
		for c := range cents {
			if counts[c] > 0 {
				cents[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
		if !changed && it > 1 {
			return cents, assign, it
		}
	}
	return cents, assign, iters
}

func main() {
	rng := &lcg{42}
	centers := []Point{{0, 0}, {10, 10}, {0, 10}}
	var pts []Point
	for i := 0; i < 90; i++ {
		c := centers[i%3]
		pts = append(pts, Point{c.X + (rng.Float()-0.5)*4, c.Y + (rng.Float()-0.5)*4})
	}
	cents, assign, iters := KMeans(pts, 3, 50)
	sort.Slice(cents, func(i, j int) bool {
		if math.Abs(cents[i].X-cents[j].X) > 1e-9 {
			return cents[i].X < cents[j].X
		}
		return cents[i].Y < cents[j].Y
	})
	for _, c := range cents {
		fmt.Printf("(%.3f, %.3f)\n", c.X, c.Y)
	}
	sizes := map[int]int{}
	for _, a := range assign {
		sizes[a]++
	}
	fmt.Println("iterations:", iters, "sizes:", sizes)
	inertia := 0.0
	for i, p := range pts {
		_ = i
		best := math.Inf(1)
		for _, c := range cents {
			best = math.Min(best, dist2(p, c))
		}
		inertia += best
	}
	fmt.Printf("inertia %.4f\n", inertia)
}

package main

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
)

type Point [2]float64

func dist2(a, b Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func main() {
	r := rand.New(rand.NewSource(3))
	centers := []Point{{0, 0}, {5, 5}, {0, 6}}
	var pts []Point
	for i := range 45 {
		c := centers[i%3]
		pts = append(pts, Point{c[0] + r.NormFloat64()*0.6, c[1] + r.NormFloat64()*0.6})
	}
	k := 3
	cent := []Point{pts[0], pts[1], pts[2]}
	assign := make([]int, len(pts))
	for it := range 20 {
		changed := 0
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for j, c := range cent {
				if d := dist2(p, c); d < bd {
					best, bd = j, d
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		sums := make([]Point, k)
		cnt := make([]int, k)
		for i, p := range pts {
			sums[assign[i]][0] += p[0]
			sums[assign[i]][1] += p[1]
			cnt[assign[i]]++
		}
		for j := range cent {
			if cnt[j] > 0 {
				cent[j] = Point{sums[j][0] / float64(cnt[j]), sums[j][1] / float64(cnt[j])}
			}
		}
		inertia := 0.0
		for i, p := range pts {
			inertia += dist2(p, cent[assign[i]])
		}
		fmt.Printf("iter %d changed %2d inertia %.4f\n", it, changed, inertia)
		if changed == 0 {
			break
		}
	}
	slices.SortFunc(cent, func(a, b Point) int {
		if a[0] != b[0] {
			return int(math.Copysign(1, a[0]-b[0]))
		}
		return int(math.Copysign(1, a[1]-b[1]))
	})
	for _, c := range cent {
		fmt.Printf("center (%.2f, %.2f)\n", c[0], c[1])
	}
}

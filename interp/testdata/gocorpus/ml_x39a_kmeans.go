package main

import (
	"fmt"
	"math"
	"strings"
)

type Point [2]float64

func dist2(a, b Point) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

type KMeans struct {
	K         int
	Centroids []Point
	Assign    []int
}

func (km *KMeans) assign(pts []Point) (changed int) {
	for i, p := range pts {
		best, bestD := 0, math.Inf(1)
		for c, cen := range km.Centroids {
			if d := dist2(p, cen); d < bestD {
				best, bestD = c, d
			}
		}
		if km.Assign[i] != best {
			changed++
			km.Assign[i] = best
		}
	}
	return
}

func (km *KMeans) update(pts []Point) {
	sums := make([]Point, km.K)
	counts := make([]int, km.K)
	for i, p := range pts {
		c := km.Assign[i]
		sums[c][0] += p[0]
		sums[c][1] += p[1]
		counts[c]++
	}
	for c := range sums {
		if counts[c] > 0 {
			km.Centroids[c] = Point{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
		}
	}
}

func (km *KMeans) Inertia(pts []Point) float64 {
	var s float64
	for i, p := range pts {
		s += dist2(p, km.Centroids[km.Assign[i]])
	}
	return s
}

func Fit(pts []Point, init []Point, maxIter int) *KMeans {
	km := &KMeans{K: len(init), Centroids: append([]Point(nil), init...), Assign: make([]int, len(pts))}
	for i := range km.Assign {
		km.Assign[i] = -1
	}
	for it := 1; it <= maxIter; it++ {
		ch := km.assign(pts)
		km.update(pts)
		fmt.Printf("iter %d: %d changed, inertia %.3f\n", it, ch, km.Inertia(pts))
		if ch == 0 {
			break
		}
	}
	return km
}

func main() {
	pts := []Point{
		{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5},
		{9, 9}, {8.5, 9.5}, {9.5, 8}, {0.5, 1.2}, {8, 8.8},
	}
	km := Fit(pts, []Point{pts[0], pts[3], pts[7]}, 10)
	for c, cen := range km.Centroids {
		var members []string
		for i, a := range km.Assign {
			if a == c {
				members = append(members, fmt.Sprint(pts[i]))
			}
		}
		fmt.Printf("cluster %d at (%.2f, %.2f): %s\n", c, cen[0], cen[1], strings.Join(members, " "))
	}
	fmt.Println(km.Assign)
	for k := 1; k <= 4; k++ {
		m := Fit(pts, pts[:k], 20)
		fmt.Printf("k=%d inertia=%.2f\n", k, m.Inertia(pts))
	}
}

package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 { return (p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y) }

func (p Point) String() string { return fmt.Sprintf("(%.2f, %.2f)", p.X, p.Y) }

type KMeans struct {
	K         int
	Centroids []Point
	Labels    []int
}

func (km *KMeans) Fit(pts []Point, maxIter int) (iters int, inertia float64) {
	km.Centroids = make([]Point, km.K)
	for k := range km.Centroids {
		km.Centroids[k] = pts[k*len(pts)/km.K]
	}
	km.Labels = make([]int, len(pts))
	for iters = 1; iters <= maxIter; iters++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for k, c := range km.Centroids {
				if d := p.Dist2(c); d < bd {
					best, bd = k, d
				}
			}
			if km.Labels[i] != best || iters == 1 {
				changed = changed || km.Labels[i] != best
				km.Labels[i] = best
			}
		}
		sums := make([]Point, km.K)
		counts := make([]int, km.K)
		for i, p := range pts {
			l := km.Labels[i]
			sums[l].X += p.X
			sums[l].Y += p.Y
			counts[l]++
		}
		for k := range sums {
			if counts[k] > 0 {
				km.Centroids[k] = Point{sums[k].X / float64(counts[k]), sums[k].Y / float64(counts[k])}
			}
		}
		if !changed && iters > 1 {
			break
		}
	}
	for i, p := range pts {
		inertia += p.Dist2(km.Centroids[km.Labels[i]])
	}
	return min(iters, maxIter), inertia
}

func main() {
	rng := rand.New(rand.NewPCG(11, 12))
	centers := []Point{{0, 0}, {5, 5}, {0, 6}}
	var pts []Point
	for i := 0; i < 60; i++ {
		c := centers[i%3]
		pts = append(pts, Point{c.X + rng.NormFloat64(), c.Y + rng.NormFloat64()})
	}
	for _, k := range []int{1, 2, 3, 4} {
		km := &KMeans{K: k}
		it, in := km.Fit(pts, 50)
		cs := append([]Point(nil), km.Centroids...)
		sort.Slice(cs, func(i, j int) bool { return cs[i].X+cs[i].Y < cs[j].X+cs[j].Y })
		strs := make([]string, len(cs))
		for i, c := range cs {
			strs[i] = c.String()
		}
		fmt.Printf("k=%d iters=%d inertia=%.2f centroids=%s\n", k, it, in, strings.Join(strs, " "))
	}
	km := &KMeans{K: 3}
	km.Fit(pts, 50)
	sizes := map[int]int{}
	for _, l := range km.Labels {
		sizes[l]++
	}
	fmt.Println(sizes, km.Centroids[0])
	fmt.Printf("%v %+v\n", pts[0], km.Centroids[1:])
}

package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return dx*dx + dy*dy
}

type Cluster struct {
	Center  Point
	Members []Point
}

func nearest(p Point, centers []Point) int {
	best, bestD := 0, math.Inf(1)
	for i, c := range centers {
		if d := p.Dist2(c); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

func kmeans(points []Point, k int, r *rand.Rand, maxIter int) ([]Cluster, int) {
	centers := make([]Point, k)
	for i, idx := range r.Perm(len(points))[:k] {
		centers[i] = points[idx]
	}
	assign := make([]int, len(points))
	iter := 0
	for ; iter < maxIter; iter++ {
		changed := false
		for i, p := range points {
			if c := nearest(p, centers); c != assign[i] || iter == 0 {
				changed = changed || c != assign[i]
				assign[i] = c
			}
		}
		sums := make([]Point, k)
		counts := make([]int, k)
		for i, p := range points {
			sums[assign[i]].X += p.X
			sums[assign[i]].Y += p.Y
			counts[assign[i]]++
		}
		for c := range centers {
			if counts[c] > 0 {
				centers[c] = Point{sums[c].X / float64(counts[c]), sums[c].Y / float64(counts[c])}
			}
		}
		if !changed && iter > 0 {
			break
		}
	}
	clusters := make([]Cluster, k)
	for i := range clusters {
		clusters[i].Center = centers[i]
	}
	for i, p := range points {
		clusters[assign[i]].Members = append(clusters[assign[i]].Members, p)
	}
	slices.SortFunc(clusters, func(a, b Cluster) int {
		if a.Center.X < b.Center.X {
			return -1
		}
		if a.Center.X > b.Center.X {
			return 1
		}
		return 0
	})
	return clusters, iter
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	blobs := []Point{{0, 0}, {5, 5}, {10, 0}}
	var points []Point
	for _, b := range blobs {
		for i := 0; i < 30; i++ {
			points = append(points, Point{b.X + r.NormFloat64()*0.8, b.Y + r.NormFloat64()*0.8})
		}
	}
	clusters, iters := kmeans(points, 3, r, 50)
	fmt.Println("converged after", iters, "iterations")
	var inertia float64
	for i, c := range clusters {
		for _, m := range c.Members {
			inertia += m.Dist2(c.Center)
		}
		fmt.Printf("cluster %d: center=(%.2f, %.2f) size=%d %s\n",
			i, c.Center.X, c.Center.Y, len(c.Members), strings.Repeat("o", len(c.Members)/3))
	}
	fmt.Printf("inertia %.3f\n", inertia)
	fmt.Printf("%+v\n", clusters[0].Center == clusters[0].Center)
}

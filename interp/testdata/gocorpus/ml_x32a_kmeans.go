package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Vec [2]float64

func dist2(a, b Vec) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

type Result struct {
	Centroids []Vec
	Labels    []int
	Iters     int
	Inertia   float64
}

func KMeans(points []Vec, k int, rng *rand.Rand) Result {
	centroids := make([]Vec, k)
	for i, idx := range rng.Perm(len(points))[:k] {
		centroids[i] = points[idx]
	}
	labels := make([]int, len(points))
	iter := 0
	for ; iter < 100; iter++ {
		changed := false
		for i, p := range points {
			best, bestD := 0, math.Inf(1)
			for c, cent := range centroids {
				if d := dist2(p, cent); d < bestD {
					best, bestD = c, d
				}
			}
			if labels[i] != best || iter == 0 {
				changed = changed || labels[i] != best
				labels[i] = best
			}
		}
		sums := make([]Vec, k)
		counts := make([]int, k)
		for i, p := range points {
			sums[labels[i]][0] += p[0]
			sums[labels[i]][1] += p[1]
			counts[labels[i]]++
		}
		for c := range centroids {
			if counts[c] > 0 {
				centroids[c] = Vec{sums[c][0] / float64(counts[c]), sums[c][1] / float64(counts[c])}
			}
		}
		if !changed && iter > 0 {
			break
		}
	}
	var inertia float64
	for i, p := range points {
		inertia += dist2(p, centroids[labels[i]])
	}
	return Result{centroids, labels, iter + 1, inertia}
}

func main() {
	rng := rand.New(rand.NewSource(42))
	centers := []Vec{{0, 0}, {5, 5}, {0, 6}}
	var points []Vec
	for _, c := range centers {
		for i := 0; i < 20; i++ {
			points = append(points, Vec{c[0] + rng.NormFloat64()*0.6, c[1] + rng.NormFloat64()*0.6})
		}
	}
	fmt.Printf("%d points, first %.3f\n", len(points), points[0])

	for _, k := range []int{2, 3, 4} {
		res := KMeans(points, k, rand.New(rand.NewSource(7)))
		cs := append([]Vec(nil), res.Centroids...)
		sort.Slice(cs, func(i, j int) bool {
			if cs[i][0] != cs[j][0] {
				return cs[i][0] < cs[j][0]
			}
			return cs[i][1] < cs[j][1]
		})
		fmt.Printf("k=%d iterations=%d inertia=%.3f\n", k, res.Iters, res.Inertia)
		for _, c := range cs {
			fmt.Printf("  centroid (%.2f, %.2f)\n", c[0], c[1])
		}
		sizes := map[int]int{}
		for _, l := range res.Labels {
			sizes[l]++
		}
		fmt.Println("  cluster sizes:", sizes)
	}
}

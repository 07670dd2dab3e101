package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

const input = `1.0,1.1 1.2,0.9 0.8,1.0 5.0,5.2 5.1,4.9 4.8,5.0 9.0,1.0 9.2,1.1 8.9,0.8 5.0,5.0`

type Vec [2]float64

func dist2(a, b Vec) float64 {
	dx, dy := a[0]-b[0], a[1]-b[1]
	return dx*dx + dy*dy
}

func kmeans(pts []Vec, k int, rng *rand.Rand) ([]Vec, []int) {
	cent := make([]Vec, k)
	perm := rng.Perm(len(pts))
	for i := range cent {
		cent[i] = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for iter := 0; iter < 20; iter++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for j, c := range cent {
				if d := dist2(p, c); d < bd {
					best, bd = j, d
				}
			}
			if assign[i] != best || iter == 0 {
				changed = changed || assign[i] != best
				assign[i] = best
			}
		}
		sums := make([]Vec, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[assign[i]][0] += p[0]
			sums[assign[i]][1] += p[1]
			counts[assign[i]]++
		}
		for j := range cent {
			if counts[j] > 0 {
				cent[j] = Vec{sums[j][0] / float64(counts[j]), sums[j][1] / float64(counts[j])}
			}
		}
		if !changed && iter > 0 {
			break
		}
	}
	return cent, assign
}

func main() {
	var pts []Vec
	for _, f := range strings.Fields(input) {
		var v Vec
		fmt.Sscanf(f, "%f,%f", &v[0], &v[1])
		pts = append(pts, v)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	cent, assign := kmeans(pts, 3, rng)
	sort.Slice(cent, func(i, j int) bool { return cent[i][0] < cent[j][0] })
	for _, c := range cent {
		fmt.Printf("centroid (%.3f, %.3f)\n", c[0], c[1])
	}
	groups := map[int]int{}
	for _, a := range assign {
		groups[a]++
	}
	sizes := []int{}
	for _, n := range groups {
		sizes = append(sizes, n)
	}
	sort.Ints(sizes)
	fmt.Println("cluster sizes:", sizes)
	var sse float64
	for _, p := range pts {
		m := math.Inf(1)
		for _, c := range cent {
			m = math.Min(m, dist2(p, c))
		}
		sse += m
	}
	fmt.Printf("SSE=%.4f sqrt=%.4f\n", sse, math.Sqrt(sse))
	fmt.Println(rng.IntN(100), rng.Float64() < 1, math.Round(2.5), math.Floor(-1.5), math.Hypot(3, 4))
}

package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Vec [2]float64

func (a Vec) Sub(b Vec) Vec       { return Vec{a[0] - b[0], a[1] - b[1]} }
func (a Vec) Add(b Vec) Vec       { return Vec{a[0] + b[0], a[1] + b[1]} }
func (a Vec) Scale(k float64) Vec { return Vec{a[0] * k, a[1] * k} }
func (a Vec) Norm() float64       { return math.Hypot(a[0], a[1]) }

type Result struct {
	Centers []Vec
	Labels  []int
	Iters   int
	Inertia float64
}

func KMeans(pts []Vec, k int, rng *rand.Rand, maxIter int) Result {
	centers := make([]Vec, k)
	perm := rng.Perm(len(pts))
	for i := range centers {
		centers[i] = pts[perm[i]]
	}
	labels := make([]int, len(pts))
	var it int
	for it = 1; it <= maxIter; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for c, ctr := range centers {
				if d := p.Sub(ctr).Norm(); d < bd {
					best, bd = c, d
				}
			}
			if labels[i] != best || it == 1 {
				changed = changed || labels[i] != best
				labels[i] = best
			}
		}
		sums := make([]Vec, k)
		counts := make([]int, k)
		for i, p := range pts {
			sums[labels[i]] = sums[labels[i]].Add(p)
			counts[labels[i]]++
		}
		for c := range centers {
			if counts[c] > 0 {
				centers[c] = sums[c].Scale(1 / float64(counts[c]))
			}
		}
		if !changed && it > 1 {
			break
		}
	}
	inertia := 0.0
	for i, p := range pts {
		d := p.Sub(centers[labels[i]]).Norm()
		inertia += d * d
	}
	return Result{centers, labels, it, inertia}
}

func main() {
	rng := rand.New(rand.NewSource(42))
	truth := []Vec{{0, 0}, {8, 8}, {-6, 7}}
	var pts []Vec
	for _, c := range truth {
		for range 30 {
			pts = append(pts, Vec{c[0] + rng.NormFloat64(), c[1] + rng.NormFloat64()})
		}
	}
	res := KMeans(pts, 3, rng, 100)
	cs := append([]Vec(nil), res.Centers...)
	sort.Slice(cs, func(i, j int) bool { return cs[i][0] < cs[j][0] })
	for _, c := range cs {
		fmt.Printf("center (%.2f, %.2f)\n", c[0], c[1])
	}
	sizes := map[int]int{}
	for _, l := range res.Labels {
		sizes[l]++
	}
	fmt.Println("sizes:", sizes, "iters<=100:", res.Iters <= 100)
	fmt.Printf("inertia %.3f\n", res.Inertia)
	for k := 1; k <= 4; k++ {
		r := KMeans(pts, k, rand.New(rand.NewSource(int64(k))), 50)
		fmt.Printf("k=%d inertia=%.1f\n", k, r.Inertia)
	}
}

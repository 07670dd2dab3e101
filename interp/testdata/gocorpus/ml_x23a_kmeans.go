package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist2(q Point) float64 { dx, dy := p.X-q.X, p.Y-q.Y; return dx*dx + dy*dy }

type Cluster struct {
	Center  Point
	Members []int
}

func (c Cluster) String() string {
	return fmt.Sprintf("center=(%.2f,%.2f) n=%d", c.Center.X, c.Center.Y, len(c.Members))
}

func kmeans(pts []Point, k int, rng *rand.Rand, maxIter int) ([]Cluster, int) {
	perm := rng.Perm(len(pts))
	cs := make([]Cluster, k)
	for i := range cs {
		cs[i].Center = pts[perm[i]]
	}
	assign := make([]int, len(pts))
	for i := range assign {
		assign[i] = -1
	}
	for it := 1; it <= maxIter; it++ {
		changed := false
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for j, c := range cs {
				if d := p.Dist2(c.Center); d < bd {
					best, bd = j, d
				}
			}
			if assign[i] != best {
				assign[i] = best
				changed = true
			}
		}
		for j := range cs {
			cs[j].Members = cs[j].Members[:0]
		}
		for i, a := range assign {
			cs[a].Members = append(cs[a].Members, i)
		}
		for j := range cs {
			if len(cs[j].Members) == 0 {
				continue
			}
			var sx, sy float64
			for _, m := range cs[j].Members {
				sx += pts[m].X
				sy += pts[m].Y
			}
			n := float64(len(cs[j].Members))
			cs[j].Center = Point{sx / n, sy / n}
		}
		if !changed {
			return cs, it
		}
	}
	return cs, maxIter
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var pts []Point
	centers := []Point{{0, 0}, {10, 10}, {0, 10}}
	for _, c := range centers {
		for range 20 {
			pts = append(pts, Point{c.X + rng.NormFloat64(), c.Y + rng.NormFloat64()})
		}
	}
	cs, iters := kmeans(pts, 3, rand.New(rand.NewSource(7)), 100)
	sort.Slice(cs, func(i, j int) bool {
		if math.Abs(cs[i].Center.X-cs[j].Center.X) > 1 {
			return cs[i].Center.X < cs[j].Center.X
		}
		return cs[i].Center.Y < cs[j].Center.Y
	})
	fmt.Println("converged after", iters > 0 && iters < 100)
	for _, c := range cs {
		fmt.Println(c)
	}
	sse := 0.0
	for _, c := range cs {
		for _, m := range c.Members {
			sse += pts[m].Dist2(c.Center)
		}
	}
	fmt.Printf("sse=%.3f first=%.4f\n", sse, pts[0].X)
}

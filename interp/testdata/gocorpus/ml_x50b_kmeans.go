package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

type Cluster struct {
	Centroid Point
	Members  []int
}

func kmeans(pts []Point, k, iters int) []Cluster {
	cs := make([]Cluster, k)
	for i := range cs {
		cs[i].Centroid = pts[i*len(pts)/k]
	}
	for it := 0; it < iters; it++ {
		for i := range cs {
			cs[i].Members = cs[i].Members[:0]
		}
		for i, p := range pts {
			best, bd := 0, math.Inf(1)
			for j, c := range cs {
				if d := p.Dist(c.Centroid); d < bd {
					best, bd = j, d
				}
			}
			cs[best].Members = append(cs[best].Members, i)
		}
		moved := false
		for i := range cs {
			var sx, sy float64
			for _, m := range cs[i].Members {
				sx += pts[m].X
				sy += pts[m].Y
			}
			n := float64(len(cs[i].Members))
			if n == 0 {
				continue
			}
			nc := Point{sx / n, sy / n}
			if nc != cs[i].Centroid {
				moved = true
			}
			cs[i].Centroid = nc
		}
		fmt.Printf("iter %d moved=%t\n", it, moved)
		if !moved {
			break
		}
	}
	return cs
}

func main() {
	pts := []Point{{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5}, {9, 9}, {8.5, 9.5}, {9.2, 8.8}}
	cs := kmeans(pts, 3, 10)
	sort.Slice(cs, func(a, b int) bool { return cs[a].Centroid.X < cs[b].Centroid.X })
	for i, c := range cs {
		var sse float64
		for _, m := range c.Members {
			d := pts[m].Dist(c.Centroid)
			sse += d * d
		}
		fmt.Printf("cluster %d: centroid=(%.3f, %.3f) n=%d sse=%.4f members=%v\n", i, c.Centroid.X, c.Centroid.Y, len(c.Members), sse, c.Members)
	}
	fmt.Printf("%+v\n", cs[0].Centroid)
}

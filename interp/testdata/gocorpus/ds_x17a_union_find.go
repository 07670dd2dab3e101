package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type DSU struct {
	parent, size []int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	a, b = d.Find(a), d.Find(b)
	if a == b {
		return false
	}
	if d.size[a] < d.size[b] {
		a, b = b, a
	}
	d.parent[b] = a
	d.size[a] += d.size[b]
	return true
}

type V3 struct{ X, Y, Z int }

func dist2(a, b V3) int {
	dx, dy, dz := a.X-b.X, a.Y-b.Y, a.Z-b.Z
	return dx*dx + dy*dy + dz*dz
}

const boxes = `162,817,812
57,618,57
906,360,560
592,479,940
352,342,300
466,668,158
542,29,236
431,825,988
739,650,466
52,470,668
216,146,977
819,987,18
117,168,530
805,96,715`

func main() {
	var pts []V3
	for _, l := range strings.Split(boxes, "\n") {
		var p V3
		fmt.Sscanf(l, "%d,%d,%d", &p.X, &p.Y, &p.Z)
		pts = append(pts, p)
	}
	type edge struct{ a, b, d int }
	var es []edge
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			es = append(es, edge{i, j, dist2(pts[i], pts[j])})
		}
	}
	slices.SortFunc(es, func(x, y edge) int { return cmp.Compare(x.d, y.d) })
	d := NewDSU(len(pts))
	comps := len(pts)
	for k, e := range es {
		if d.Union(e.a, e.b) {
			comps--
			if comps == 1 {
				fmt.Println("last join", k, pts[e.a], pts[e.b], pts[e.a].X*pts[e.b].X)
				break
			}
		}
		if k == 9 {
			sizes := map[int]int{}
			for i := range pts {
				sizes[d.Find(i)]++
			}
			var s []int
			for _, v := range sizes {
				s = append(s, v)
			}
			slices.Sort(s)
			slices.Reverse(s)
			fmt.Println("after 10:", s, comps)
		}
	}
}

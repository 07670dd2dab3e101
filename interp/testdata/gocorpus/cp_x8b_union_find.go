// Exercises: union-find as a struct with pointer-receiver methods, path compression, union by size, Kruskal MST over edges from one comma-separated line sorted with sort.Slice
package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, size []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	if d.parent[x] != x {
		d.parent[x] = d.Find(d.parent[x])
	}
	return d.parent[x]
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
	d.sets--
	return true
}

const input = "0 1 4, 0 7 8, 1 2 8, 1 7 11, 2 3 7, 2 8 2, 2 5 4, 3 4 9, 3 5 14, 4 5 10, 5 6 2, 6 7 1, 6 8 6, 7 8 7"

type edge struct{ u, v, w int }

func main() {
	var es []edge
	for _, l := range strings.Split(input, ", ") {
		var e edge
		fmt.Sscan(l, &e.u, &e.v, &e.w)
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].w < es[j].w })
	d := NewDSU(9)
	total := 0
	var used []edge
	for _, e := range es {
		if d.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	fmt.Println("mst weight:", total, "sets:", d.sets)
	fmt.Printf("%v\n", used)
	fmt.Println(d.Find(8) == d.Find(0), d.size[d.Find(3)])
}

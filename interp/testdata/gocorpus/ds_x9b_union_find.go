// Exercises: union-find (disjoint set) with path compression and union by size, counting components, Kruskal minimum spanning tree over sorted edges.
package main

import (
	"fmt"
	"sort"
)

type DSU struct{ parent, size []int }

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i], d.size[i] = i, 1
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
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].W < edges[j].W })
	d := NewDSU(n)
	total, used := 0, []Edge{}
	for _, e := range edges {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(8)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {3, 0}} {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	comps := map[int][]int{}
	for i := 0; i < 8; i++ {
		comps[d.Find(i)] = append(comps[d.Find(i)], i)
	}
	fmt.Println(len(comps), d.Find(2) == d.Find(0), d.size[d.Find(0)])
	edges := []Edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	total, used := kruskal(6, edges)
	fmt.Println(total, used)
}

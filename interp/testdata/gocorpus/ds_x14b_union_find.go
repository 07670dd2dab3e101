package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
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
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Edge struct {
	U, V int
	W    float64
}

func kruskal(n int, edges []Edge) ([]Edge, float64) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(n)
	var mst []Edge
	total := 0.0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
		}
	}
	return mst, total
}

func main() {
	names := []string{"ams", "ber", "cph", "dub", "edi", "fra"}
	edges := []Edge{{0, 1, 577}, {0, 5, 364}, {1, 2, 356}, {1, 5, 424}, {3, 4, 306}, {4, 0, 660}, {3, 0, 757}, {2, 5, 674}, {5, 3, 1086}}
	mst, total := kruskal(len(names), edges)
	var parts []string
	for _, e := range mst {
		parts = append(parts, fmt.Sprintf("%s-%s(%g)", names[e.U], names[e.V], e.W))
	}
	fmt.Println(strings.Join(parts, " "), total)

	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {0, 3}} {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println("sets:", d.sets)
	groups := map[int][]int{}
	for i := range 10 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs)
}

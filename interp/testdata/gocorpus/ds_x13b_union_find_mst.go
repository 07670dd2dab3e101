package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type UnionFind struct {
	parent []int
	rank   []int
	sets   int
}

func NewUF(n int) *UnionFind {
	u := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	u.sets--
	return true
}

type Edge struct {
	A, B string
	W    int
}

func Kruskal(nodes []string, edges []Edge) ([]Edge, int) {
	idx := map[string]int{}
	for i, n := range nodes {
		idx[n] = i
	}
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(x, y Edge) int { return cmp.Compare(x.W, y.W) })
	uf := NewUF(len(nodes))
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(idx[e.A], idx[e.B]) {
			mst = append(mst, e)
			total += e.W
		}
	}
	return mst, total
}

func main() {
	nodes := strings.Fields("A B C D E F G")
	edges := []Edge{
		{"A", "B", 7}, {"A", "D", 5}, {"B", "C", 8}, {"B", "D", 9}, {"B", "E", 7},
		{"C", "E", 5}, {"D", "E", 15}, {"D", "F", 6}, {"E", "F", 8}, {"E", "G", 9}, {"F", "G", 11},
	}
	mst, total := Kruskal(nodes, edges)
	for _, e := range mst {
		fmt.Printf("%s-%s:%d ", e.A, e.B, e.W)
	}
	fmt.Println("total", total)

	uf := NewUF(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {5, 6}, {6, 4}, {8, 9}}
	for _, p := range pairs {
		fmt.Print(uf.Union(p[0], p[1]), " ")
	}
	fmt.Println("sets:", uf.sets)
	groups := map[int][]int{}
	for i := range 10 {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println(gs)
	fmt.Println(uf.Find(0) == uf.Find(2), uf.Find(7) == uf.Find(8))
}

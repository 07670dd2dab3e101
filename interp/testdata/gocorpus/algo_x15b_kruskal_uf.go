package main

import (
	"cmp"
	"fmt"
	"slices"
)

type UnionFind struct {
	parent, rank []int
	sets         int
}

func NewUF(n int) *UnionFind {
	uf := &UnionFind{make([]int, n), make([]int, n), n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
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

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return cmp.Compare(a.W, b.W) })
	uf := NewUF(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return total, tree
}

func main() {
	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	total, tree := kruskal(7, edges)
	fmt.Println(total, tree)
	uf := NewUF(10)
	pairs := [][2]int{{1, 2}, {3, 4}, {2, 3}, {5, 6}, {1, 4}, {7, 8}, {8, 9}, {9, 7}}
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
	slices.SortFunc(gs, func(a, b []int) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0])) })
	fmt.Println(gs)
}

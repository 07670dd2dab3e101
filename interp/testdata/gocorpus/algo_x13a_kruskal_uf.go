package main

import (
	"fmt"
	"slices"
	"strings"
)

type UnionFind struct {
	parent, rank []int
	sets         int
}

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n), n}
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
	U, V string
	W    int
}

func Kruskal(nodes []string, edges []Edge) (int, []Edge) {
	idx := make(map[string]int, len(nodes))
	for i, n := range nodes {
		idx[n] = i
	}
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return a.W - b.W })
	uf := NewUF(len(nodes))
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(idx[e.U], idx[e.V]) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return total, tree
}

func main() {
	nodes := strings.Split("A B C D E F G", " ")
	edges := []Edge{
		{"A", "B", 7}, {"A", "D", 5}, {"B", "C", 8}, {"B", "D", 9}, {"B", "E", 7},
		{"C", "E", 5}, {"D", "E", 15}, {"D", "F", 6}, {"E", "F", 8}, {"E", "G", 9}, {"F", "G", 11},
	}
	total, tree := Kruskal(nodes, edges)
	fmt.Println("MST weight:", total)
	for _, e := range tree {
		fmt.Printf("  %s-%s %d\n", e.U, e.V, e.W)
	}
	uf := NewUF(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {0, 2}, {6, 7}}
	for _, p := range pairs {
		merged := uf.Union(p[0], p[1])
		fmt.Printf("union%v merged=%v sets=%d\n", p, merged, uf.sets)
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(a, b []int) int { return a[0] - b[0] })
	fmt.Println(gs)
}

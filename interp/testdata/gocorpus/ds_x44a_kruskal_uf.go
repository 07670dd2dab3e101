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

type WEdge struct {
	U, V   int
	Weight int
}

func Kruskal(n int, edges []WEdge) (mst []WEdge, total int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b WEdge) int { return cmp.Compare(a.Weight, b.Weight) })
	uf := NewUF(n)
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.Weight
		}
	}
	return
}

func main() {
	edges := []WEdge{
		{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2},
		{2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1},
		{6, 8, 6}, {7, 8, 7},
	}
	mst, total := Kruskal(9, edges)
	fmt.Println("step | edge   | w")
	for i, e := range mst {
		fmt.Printf("%4d | %d -- %d | %2d\n", i+1, e.U, e.V, e.Weight)
	}
	fmt.Printf("total weight = %d, edges = %d\n", total, len(mst))
	fmt.Printf("%+v\n", mst[0])
	fmt.Printf("%#v\n", mst[len(mst)-1])

	uf := NewUF(6)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 0}, {4, 5}, {3, 4}} {
		fmt.Printf("union%v -> %t, sets=%d\n", p, uf.Union(p[0], p[1]), uf.sets)
	}
	groups := map[int][]int{}
	for i := 0; i < 6; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	fmt.Println(len(groups), "groups:", groups)
}

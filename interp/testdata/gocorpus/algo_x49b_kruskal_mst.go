package main

import (
	"fmt"
	"slices"
	"strings"
)

type DisjointSet[T comparable] struct {
	parent map[T]T
	rank   map[T]int
}

func NewDisjointSet[T comparable](items ...T) *DisjointSet[T] {
	ds := &DisjointSet[T]{parent: map[T]T{}, rank: map[T]int{}}
	for _, x := range items {
		ds.parent[x] = x
	}
	return ds
}

func (ds *DisjointSet[T]) Find(x T) T {
	if ds.parent[x] != x {
		ds.parent[x] = ds.Find(ds.parent[x])
	}
	return ds.parent[x]
}

func (ds *DisjointSet[T]) Union(x, y T) bool {
	rx, ry := ds.Find(x), ds.Find(y)
	if rx == ry {
		return false
	}
	switch {
	case ds.rank[rx] < ds.rank[ry]:
		ds.parent[rx] = ry
	case ds.rank[rx] > ds.rank[ry]:
		ds.parent[ry] = rx
	default:
		ds.parent[ry] = rx
		ds.rank[rx]++
	}
	return true
}

type Edge struct {
	U, V rune
	W    int
}

func kruskal(vertices string, edges []Edge) ([]Edge, int) {
	ds := NewDisjointSet([]rune(vertices)...)
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return a.W - b.W })
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if ds.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
			fmt.Printf("take  %c-%c %2d\n", e.U, e.V, e.W)
		} else {
			fmt.Printf("skip  %c-%c %2d (cycle)\n", e.U, e.V, e.W)
		}
	}
	return mst, total
}

func main() {
	spec := "ab4 ah8 bc8 bh11 cd7 cf4 ci2 de9 df14 ef10 fg2 gh1 gi6 hi7"
	var edges []Edge
	for _, f := range strings.Fields(spec) {
		var w int
		fmt.Sscanf(f[2:], "%d", &w)
		edges = append(edges, Edge{rune(f[0]), rune(f[1]), w})
	}
	mst, total := kruskal("abcdefghi", edges)
	fmt.Println("edges:", len(mst), "weight:", total)
	fmt.Printf("%v\n", mst[:3])

	ds := NewDisjointSet(1, 2, 3, 4, 5)
	ds.Union(1, 2)
	ds.Union(3, 4)
	ds.Union(2, 4)
	fmt.Println(ds.Find(4) == ds.Find(1), ds.Find(5) == ds.Find(1))
}

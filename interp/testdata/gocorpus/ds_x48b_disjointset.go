package main

import (
	"cmp"
	"fmt"
	"slices"
)

type DisjointSet[T comparable] struct {
	parent map[T]T
	rank   map[T]int
	count  int
}

func NewDisjointSet[T comparable]() *DisjointSet[T] {
	return &DisjointSet[T]{parent: map[T]T{}, rank: map[T]int{}}
}

func (d *DisjointSet[T]) Find(x T) T {
	p, ok := d.parent[x]
	if !ok {
		d.parent[x] = x
		d.count++
		return x
	}
	if p != x {
		root := d.Find(p)
		d.parent[x] = root
		return root
	}
	return x
}

func (d *DisjointSet[T]) Union(a, b T) bool {
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
	d.count--
	return true
}

type Edge[N any, W cmp.Ordered] struct {
	A, B N
	W    W
}

func Kruskal[N comparable, W cmp.Ordered](edges []Edge[N, W]) ([]Edge[N, W], W) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(x, y Edge[N, W]) int { return cmp.Compare(x.W, y.W) })
	ds := NewDisjointSet[N]()
	var tree []Edge[N, W]
	var total W
	for _, e := range sorted {
		if ds.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	ds := NewDisjointSet[string]()
	friends := [][2]string{{"ann", "bob"}, {"cat", "dan"}, {"bob", "eve"}, {"fay", "fay"}, {"dan", "cat"}}
	for _, f := range friends {
		fmt.Printf("%s-%s merged=%v\n", f[0], f[1], ds.Union(f[0], f[1]))
	}
	fmt.Println("groups:", ds.count, ds.Find("eve") == ds.Find("ann"), ds.Find("cat") == ds.Find("ann"))

	edges := []Edge[rune, float64]{
		{'A', 'B', 4}, {'A', 'C', 1}, {'B', 'C', 2}, {'B', 'D', 5},
		{'C', 'D', 8}, {'D', 'E', 3}, {'C', 'E', 9}, {'A', 'E', 7.5},
	}
	tree, total := Kruskal(edges)
	for _, e := range tree {
		fmt.Printf("%c-%c %.1f\n", e.A, e.B, e.W)
	}
	fmt.Println("total", total)
	ti, tw := Kruskal([]Edge[int, int]{{1, 2, 3}, {2, 3, 3}, {1, 3, 3}})
	fmt.Printf("%+v %d\n", ti, tw)
}

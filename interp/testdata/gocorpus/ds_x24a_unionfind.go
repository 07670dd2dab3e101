package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU[T comparable] struct {
	parent map[T]T
	rank   map[T]int
	size   map[T]int
	sets   int
}

func NewDSU[T comparable](items ...T) *DSU[T] {
	d := &DSU[T]{parent: map[T]T{}, rank: map[T]int{}, size: map[T]int{}}
	for _, it := range items {
		d.parent[it] = it
		d.size[it] = 1
		d.sets++
	}
	return d
}

func (d *DSU[T]) Find(x T) T {
	root := x
	for d.parent[root] != root {
		root = d.parent[root]
	}
	for x != root {
		x, d.parent[x] = d.parent[x], root
	}
	return root
}

func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct {
	U, V string
	W    int
}

func kruskal(nodes []string, edges []Edge) ([]Edge, int) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(nodes...)
	var mst []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
		}
	}
	return mst, total
}

func main() {
	d := NewDSU(1, 2, 3, 4, 5, 6, 7, 8)
	pairs := [][2]int{{1, 2}, {3, 4}, {2, 4}, {5, 6}, {1, 3}, {7, 7}}
	for _, p := range pairs {
		fmt.Printf("union%v=%t ", p, d.Union(p[0], p[1]))
	}
	fmt.Println("\nsets:", d.sets, "size of 4's set:", d.size[d.Find(4)])
	groups := map[int][]int{}
	for i := 1; i <= 8; i++ {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	fmt.Println(len(groups), d.Find(1) == d.Find(4), d.Find(5) == d.Find(7))

	nodes := strings.Split("A B C D E F", " ")
	edges := []Edge{{"A", "B", 4}, {"A", "C", 4}, {"B", "C", 2}, {"C", "D", 3}, {"C", "E", 2}, {"C", "F", 4}, {"D", "F", 3}, {"E", "F", 3}}
	mst, total := kruskal(nodes, edges)
	for _, e := range mst {
		fmt.Printf("%s-%s:%d ", e.U, e.V, e.W)
	}
	fmt.Println("total", total)
	fmt.Printf("%+v\n", mst[0])
}

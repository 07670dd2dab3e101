package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent []int
	rank   []int
	sets   int
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
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

func (d *DSU) Groups() [][]int {
	byRoot := map[int][]int{}
	for i := range d.parent {
		r := d.Find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var out [][]int
	for _, g := range byRoot {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

type Edge struct {
	U, V   int
	Weight int
}

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Weight < sorted[j].Weight })
	d := NewDSU(n)
	total := 0
	var mst []Edge
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			total += e.Weight
			mst = append(mst, e)
		}
	}
	return total, mst
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {0, 2}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d)=%v ", p[0], p[1], d.Union(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println("sets:", d.sets)
	fmt.Println("groups:", d.Groups())
	fmt.Println("same(0,3):", d.Find(0) == d.Find(3), "same(4,5):", d.Find(4) == d.Find(5))

	edges := []Edge{
		{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2},
		{2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7},
	}
	total, mst := kruskal(9, edges)
	fmt.Println("MST weight:", total)
	for _, e := range mst {
		fmt.Printf("  %+v\n", e)
	}

	// accounts merge by shared emails
	accounts := [][]string{
		{"john", "j@a.com", "john@b.com"},
		{"john", "john@b.com", "jj@c.com"},
		{"mary", "mary@d.com"},
		{"john", "johnny@e.com"},
	}
	ad := NewDSU(len(accounts))
	owner := map[string]int{}
	for i, acc := range accounts {
		for _, e := range acc[1:] {
			if j, ok := owner[e]; ok {
				ad.Union(i, j)
			} else {
				owner[e] = i
			}
		}
	}
	merged := map[int][]string{}
	for e, i := range owner {
		r := ad.Find(i)
		merged[r] = append(merged[r], e)
	}
	for _, g := range ad.Groups() {
		emails := merged[ad.Find(g[0])]
		sort.Strings(emails)
		fmt.Printf("%s: %s\n", accounts[g[0]][0], strings.Join(emails, ", "))
	}
}

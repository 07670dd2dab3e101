package main

import (
	"fmt"
	"sort"
	"strings"
)

type UF struct {
	parent map[string]string
	rank   map[string]int
	size   map[string]int
}

func NewUF() *UF {
	return &UF{map[string]string{}, map[string]int{}, map[string]int{}}
}

func (u *UF) Find(x string) string {
	p, ok := u.parent[x]
	if !ok {
		u.parent[x] = x
		u.size[x] = 1
		return x
	}
	if p != x {
		root := u.Find(p)
		u.parent[x] = root
		return root
	}
	return x
}

func (u *UF) Union(a, b string) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] || (u.rank[ra] == u.rank[rb] && ra > rb) {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

func (u *UF) Groups() [][]string {
	g := map[string][]string{}
	for x := range u.parent {
		r := u.Find(x)
		g[r] = append(g[r], x)
	}
	var out [][]string
	for _, members := range g {
		sort.Strings(members)
		out = append(out, members)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

type Edge struct {
	A, B string
	W    int
}

func kruskal(edges []Edge) ([]Edge, int) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	u := NewUF()
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if u.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	u := NewUF()
	constraints := [][2]string{{"t1", "int"}, {"t2", "t3"}, {"t4", "t1"}, {"t3", "string"}, {"t5", "t5"}, {"t2", "t4"}}
	for _, c := range constraints {
		fmt.Printf("%s=%s:%v ", c[0], c[1], u.Union(c[0], c[1]))
	}
	fmt.Println()
	for _, g := range u.Groups() {
		fmt.Println(strings.Join(g, " ~ "), u.size[u.Find(g[0])])
	}
	edges := []Edge{{"a", "b", 4}, {"b", "c", 2}, {"a", "c", 5}, {"c", "d", 1}, {"b", "d", 2}, {"d", "e", 7}, {"a", "e", 7}}
	tree, total := kruskal(edges)
	fmt.Println(tree, total)
	fmt.Printf("%+v\n", tree[0])
}

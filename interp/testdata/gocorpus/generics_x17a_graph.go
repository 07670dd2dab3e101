package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) Nodes() []N {
	ns := make([]N, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

func (g *Graph[N]) BFS(start N) map[N]int {
	dist := map[N]int{start: 0}
	q := []N{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		for _, n := range g.adj[cur] {
			if _, ok := dist[n]; !ok {
				dist[n] = dist[cur] + 1
				q = append(q, n)
			}
		}
	}
	return dist
}

func (g *Graph[N]) Components() [][]N {
	seen := map[N]bool{}
	var comps [][]N
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []N
		for m := range g.BFS(n) {
			seen[m] = true
			comp = append(comp, m)
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func (g *Graph[N]) Triangles() [][3]N {
	var out [][3]N
	for _, a := range g.Nodes() {
		for _, b := range g.adj[a] {
			if b <= a {
				continue
			}
			for _, c := range g.adj[b] {
				if c <= b {
					continue
				}
				if slices.Contains(g.adj[c], a) {
					out = append(out, [3]N{a, b, c})
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y [3]N) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]), cmp.Compare(x[2], y[2]))
	})
	return out
}

const links = `kh-tc qp-kh de-cg ka-co yn-aq qp-ub cg-tb vc-aq tb-ka wh-tc yn-cg kh-ub ta-co de-co tc-td tb-wq wh-td ta-ka td-qp aq-cg wq-ub ub-vc de-ta wq-aq wq-vc wh-yn ka-de kh-ta co-tc wh-qp tb-vc td-yn`

func main() {
	g := NewGraph[string]()
	for _, l := range strings.Fields(links) {
		a, b, _ := strings.Cut(l, "-")
		g.AddEdge(a, b)
	}
	tris := g.Triangles()
	withT := 0
	for _, t := range tris {
		if t[0][0] == 't' || t[1][0] == 't' || t[2][0] == 't' {
			withT++
		}
	}
	fmt.Println(len(tris), withT, tris[:3])
	d := g.BFS("kh")
	far := slices.MaxFunc(g.Nodes(), func(a, b string) int { return cmp.Or(cmp.Compare(d[a], d[b]), cmp.Compare(b, a)) })
	fmt.Println("farthest from kh:", far, d[far])
	ig := NewGraph[int]()
	for _, e := range [][2]int{{1, 2}, {2, 3}, {4, 5}, {6, 6}, {7, 5}} {
		ig.AddEdge(e[0], e[1])
	}
	fmt.Println(ig.Components(), len(ig.Nodes()))
}

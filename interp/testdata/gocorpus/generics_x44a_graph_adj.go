package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Graph[K cmp.Ordered] struct {
	adj      map[K][]K
	directed bool
}

func NewGraph[K cmp.Ordered](directed bool) *Graph[K] {
	return &Graph[K]{adj: make(map[K][]K), directed: directed}
}

func (g *Graph[K]) AddEdge(u, v K) {
	g.adj[u] = append(g.adj[u], v)
	if !g.directed {
		g.adj[v] = append(g.adj[v], u)
	} else if _, ok := g.adj[v]; !ok {
		g.adj[v] = nil
	}
}

func (g *Graph[K]) Nodes() []K {
	keys := make([]K, 0, len(g.adj))
	for k := range g.adj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (g *Graph[K]) Degree(u K) int { return len(g.adj[u]) }

func (g *Graph[K]) DFS(start K, visit func(K)) {
	seen := map[K]bool{}
	var rec func(K)
	rec = func(u K) {
		if seen[u] {
			return
		}
		seen[u] = true
		visit(u)
		nb := slices.Clone(g.adj[u])
		slices.Sort(nb)
		for _, v := range nb {
			rec(v)
		}
	}
	rec(start)
}

func (g *Graph[K]) String() string {
	var sb strings.Builder
	for _, n := range g.Nodes() {
		nb := slices.Sorted(slices.Values(g.adj[n]))
		fmt.Fprintf(&sb, "%v: %v\n", n, nb)
	}
	return sb.String()
}

func main() {
	g := NewGraph[string](false)
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "g"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Print(g)
	fmt.Printf("%-5s %6s\n", "node", "degree")
	for _, n := range g.Nodes() {
		fmt.Printf("%-5s %6d\n", n, g.Degree(n))
	}
	var order []string
	g.DFS("a", func(s string) { order = append(order, s) })
	fmt.Println("dfs from a:", strings.Join(order, " "))

	h := NewGraph[int](true)
	h.AddEdge(3, 1)
	h.AddEdge(1, 2)
	h.AddEdge(2, 3)
	h.AddEdge(2, 4)
	fmt.Printf("%T nodes=%v\n", h, h.Nodes())
	count := 0
	h.DFS(1, func(int) { count++ })
	fmt.Println("reachable from 1:", count)
	fmt.Print(h.String())
}

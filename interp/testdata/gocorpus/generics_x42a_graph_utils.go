package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const input = `paris-berlin berlin-rome rome-madrid oslo-helsinki madrid-paris lisbon`

type Graph[K cmp.Ordered] struct {
	adj map[K]map[K]struct{}
}

func NewGraph[K cmp.Ordered]() *Graph[K] {
	return &Graph[K]{adj: make(map[K]map[K]struct{})}
}

func (g *Graph[K]) AddNode(k K) {
	if g.adj[k] == nil {
		g.adj[k] = map[K]struct{}{}
	}
}

func (g *Graph[K]) AddEdge(a, b K) {
	g.AddNode(a)
	g.AddNode(b)
	g.adj[a][b] = struct{}{}
	g.adj[b][a] = struct{}{}
}

func (g *Graph[K]) Nodes() []K {
	return slices.Sorted(maps.Keys(g.adj))
}

func (g *Graph[K]) Components() [][]K {
	seen := map[K]bool{}
	var comps [][]K
	for _, start := range g.Nodes() {
		if seen[start] {
			continue
		}
		var comp []K
		stack := []K{start}
		seen[start] = true
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, u)
			for _, v := range slices.Sorted(maps.Keys(g.adj[u])) {
				if !seen[v] {
					seen[v] = true
					stack = append(stack, v)
				}
			}
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	g := NewGraph[string]()
	for _, tok := range strings.Fields(input) {
		if a, b, ok := strings.Cut(tok, "-"); ok {
			g.AddEdge(a, b)
		} else {
			g.AddNode(tok)
		}
	}
	comps := g.Components()
	fmt.Println(len(comps), "components")
	for i, c := range comps {
		fmt.Printf("%d: %v\n", i, c)
	}
	sizes := Map(comps, func(c []string) int { return len(c) })
	fmt.Println("sizes:", sizes, "max:", slices.Max(sizes))
	gi := NewGraph[int]()
	gi.AddEdge(3, 1)
	gi.AddEdge(2, 5)
	fmt.Printf("%v %T\n", gi.Components(), gi)
}

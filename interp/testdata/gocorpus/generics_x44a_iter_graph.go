package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Graph[V comparable] struct {
	adj map[V][]V
}

func New[V comparable]() *Graph[V] { return &Graph[V]{adj: map[V][]V{}} }

func (g *Graph[V]) Edge(u, v V) *Graph[V] {
	g.adj[u] = append(g.adj[u], v)
	if _, ok := g.adj[v]; !ok {
		g.adj[v] = nil
	}
	return g
}

// BFS yields vertices in breadth-first order together with their depth.
func (g *Graph[V]) BFS(src V) iter.Seq2[V, int] {
	return func(yield func(V, int) bool) {
		depth := map[V]int{src: 0}
		q := []V{src}
		for len(q) > 0 {
			u := q[0]
			q = q[1:]
			if !yield(u, depth[u]) {
				return
			}
			for _, v := range g.adj[u] {
				if _, seen := depth[v]; !seen {
					depth[v] = depth[u] + 1
					q = append(q, v)
				}
			}
		}
	}
}

func (g *Graph[V]) Edges() iter.Seq2[V, V] {
	return func(yield func(V, V) bool) {
		for u, vs := range g.adj {
			for _, v := range vs {
				if !yield(u, v) {
					return
				}
			}
		}
	}
}

func Take[V any](seq iter.Seq2[V, int], n int) []V {
	var out []V
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	g := New[string]()
	g.Edge("home", "park").Edge("home", "shop").Edge("park", "lake").
		Edge("shop", "lake").Edge("lake", "hill").Edge("hill", "tower").Edge("shop", "mall")
	fmt.Printf("%-6s %s\n", "depth", "vertex")
	for v, d := range g.BFS("home") {
		fmt.Printf("%-6d %s\n", d, v)
	}
	fmt.Println("first three:", Take(g.BFS("home"), 3))
	count := 0
	for u, v := range g.Edges() {
		_ = u + v
		count++
	}
	fmt.Println("edges:", count)
	keys := slices.Sorted(maps.Keys(g.adj))
	fmt.Println("vertices:", keys)
	pairs := []string{}
	for u, v := range g.Edges() {
		pairs = append(pairs, u+"->"+v)
	}
	slices.Sort(pairs)
	fmt.Println(pairs)
	for v, d := range g.BFS("lake") {
		if d > 1 {
			fmt.Println("stop at", v)
			break
		}
		fmt.Println("near lake:", v, d)
	}
	ng := New[int]()
	for i := range 6 {
		ng.Edge(i, (i*2)%6)
	}
	fmt.Println(Take(ng.BFS(1), 10))
}

// Exercises: generic graph keyed by comparable node type, BFS returning path, struct keys, slices.Reverse
package main

import (
	"fmt"
	"slices"
)

type Graph[N comparable] struct {
	adj map[N][]N
}

func (g *Graph[N]) Edge(a, b N) {
	if g.adj == nil {
		g.adj = map[N][]N{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) Path(from, to N) []N {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	q := []N{from}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path
		}
		for _, nb := range g.adj[cur] {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				q = append(q, nb)
			}
		}
	}
	return nil
}

type pt struct{ x, y int }

func main() {
	var g Graph[string]
	g.Edge("a", "b")
	g.Edge("b", "c")
	g.Edge("a", "d")
	g.Edge("d", "c")
	g.Edge("c", "e")
	fmt.Println(g.Path("a", "e"))
	fmt.Println(g.Path("e", "z") == nil)
	var grid Graph[pt]
	for i := range 3 {
		grid.Edge(pt{i, 0}, pt{i + 1, 0})
		grid.Edge(pt{i + 1, 0}, pt{i + 1, 1})
	}
	fmt.Println(grid.Path(pt{0, 0}, pt{3, 1}))
	fmt.Printf("%+v\n", grid.Path(pt{2, 1}, pt{1, 0}))
}

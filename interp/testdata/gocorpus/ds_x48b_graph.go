package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph[N comparable] struct {
	nodes []N
	adj   map[N][]N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: map[N][]N{}}
}

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) AddEdge(from, to N) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := map[N]int{}
	for _, n := range g.nodes {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var queue, out []N
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(out) != len(g.nodes) {
		return out, fmt.Errorf("toposort: %w (%d of %d placed)", ErrCycle, len(out), len(g.nodes))
	}
	return out, nil
}

func (g *Graph[N]) BFS(start N, visit func(N, int) bool) {
	dist := map[N]int{start: 0}
	q := []N{start}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if !visit(n, dist[n]) {
			return
		}
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				q = append(q, m)
			}
		}
	}
}

func main() {
	g := NewGraph[string]()
	deps := "shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes"
	for _, d := range strings.Fields(deps) {
		a, b, _ := strings.Cut(d, ">")
		g.AddEdge(a, b)
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.BFS("shirt", func(n string, d int) bool {
		fmt.Printf("%s@%d ", n, d)
		return true
	})
	fmt.Println()

	g.AddEdge("jacket", "shirt")
	order, err = g.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))

	ng := NewGraph[int]()
	for i := 1; i <= 12; i++ {
		if i*2 <= 12 {
			ng.AddEdge(i, i*2)
		}
		if i*3 <= 12 {
			ng.AddEdge(i, i*3)
		}
	}
	var reached []int
	ng.BFS(1, func(n, d int) bool {
		reached = append(reached, n)
		return d < 2
	})
	slices.Sort(reached)
	fmt.Println(reached, len(ng.nodes))
}

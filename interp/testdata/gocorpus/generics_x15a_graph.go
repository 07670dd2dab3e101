package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(from, to N) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph[N]) Nodes() []N {
	var ns []N
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

func (g *Graph[N]) BFS(start N) (order []N, dist map[N]int) {
	dist = map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := slices.Clone(g.adj[n])
		slices.Sort(nbrs)
		for _, m := range nbrs {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph[N]) TopoSort() ([]N, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[N]int{}
	var out []N
	var visit func(N) error
	visit = func(n N) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("at %v: %w", n, ErrCycle)
		case black:
			return nil
		}
		color[n] = gray
		nbrs := slices.Clone(g.adj[n])
		slices.Sort(nbrs)
		for _, m := range nbrs {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		out = append(out, n)
		return nil
	}
	for _, n := range g.Nodes() {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	slices.Reverse(out)
	return out, nil
}

func (g *Graph[N]) Components() [][]N {
	und := map[N][]N{}
	for n, ms := range g.adj {
		for _, m := range ms {
			und[n] = append(und[n], m)
			und[m] = append(und[m], n)
		}
	}
	seen := map[N]bool{}
	var comps [][]N
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []N
		stack := []N{n}
		seen[n] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, x)
			for _, y := range und[x] {
				if !seen[y] {
					seen[y] = true
					stack = append(stack, y)
				}
			}
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"},
		{"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	g.AddEdge("watch", "watch-strap")
	order, err := g.TopoSort()
	fmt.Println(order, err)
	bfs, dist := g.BFS("undershorts")
	fmt.Println(bfs, dist)
	fmt.Println(g.Components())
	g.AddEdge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println(err, errors.Is(err, ErrCycle))

	ng := NewGraph[int]()
	for i := 1; i <= 10; i++ {
		if j := i * 2; j <= 10 {
			ng.AddEdge(i, j)
		}
		if i%3 == 0 {
			ng.AddEdge(i, i+1)
		}
	}
	o, _ := ng.TopoSort()
	fmt.Println(o)
	b, d := ng.BFS(1)
	fmt.Println(b, d[8], len(ng.Components()))
}

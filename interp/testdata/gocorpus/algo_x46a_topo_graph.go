package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError struct {
	Path []string
}

func (e CycleError) Error() string {
	return "cycle detected: " + strings.Join(e.Path, " -> ")
}

type Digraph struct {
	adj   map[string][]string
	nodes []string
}

func NewDigraph() *Digraph { return &Digraph{adj: map[string][]string{}} }

func (g *Digraph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Digraph) AddEdge(from, to string) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

func (g *Digraph) TopoSort() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	state := map[string]int{}
	var order, stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case gray:
			i := slices.Index(stack, n)
			cyc := append(slices.Clone(stack[i:]), n)
			return CycleError{Path: cyc}
		case black:
			return nil
		}
		state[n] = gray
		stack = append(stack, n)
		for _, m := range g.adj[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = black
		order = append(order, n)
		return nil
	}
	sorted := slices.Sorted(slices.Values(g.nodes))
	for _, n := range sorted {
		if err := visit(n); err != nil {
			return nil, fmt.Errorf("toposort: %w", err)
		}
	}
	slices.Reverse(order)
	return order, nil
}

func (g *Digraph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var out []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return out
}

func main() {
	g := NewDigraph()
	deps := [][2]string{
		{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"},
		{"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"},
		{"undershorts", "shoes"},
	}
	for _, d := range deps {
		g.AddEdge(d[0], d[1])
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	fmt.Println("bfs from undershorts:", g.BFS("undershorts"))

	g.AddEdge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println(err)
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Printf("cycle length %d: %q\n", len(ce.Path)-1, ce.Path)
	}
	fmt.Printf("%T %v\n", errors.Unwrap(err), g.adj["jacket"])
}

package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj   map[string][]string
	nodes []string
}

func (g *Graph) AddEdge(from, to string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	for _, n := range []string{from, to} {
		if _, ok := g.adj[n]; !ok {
			g.adj[n] = nil
			g.nodes = append(g.nodes, n)
		}
	}
	g.adj[from] = append(g.adj[from], to)
}

type CycleError struct{ Path []string }

func (c CycleError) Error() string { return "cycle: " + strings.Join(c.Path, " -> ") }

func (g *Graph) Kahn() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.nodes {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var queue, out []string
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		slices.Sort(queue)
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if indeg[m]--; indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(out) != len(g.nodes) {
		return out, errors.New("graph has a cycle")
	}
	return out, nil
}

func (g *Graph) DFSOrder() (order []string, err error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var visit func(string)
	visit = func(n string) {
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g.adj[n] {
			switch color[m] {
			case grey:
				i := slices.Index(stack, m)
				panic(CycleError{append(slices.Clone(stack[i:]), m)})
			case white:
				visit(m)
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(CycleError); ok {
				err = ce
				order = nil
				return
			}
			panic(r)
		}
	}()
	for _, n := range g.nodes {
		if color[n] == white {
			visit(n)
		}
	}
	slices.Reverse(order)
	return order, nil
}

func main() {
	var g Graph
	deps := "shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes undershorts>pants undershorts>shoes"
	for _, e := range strings.Fields(deps) {
		a, b, _ := strings.Cut(e, ">")
		g.AddEdge(a, b)
	}
	fmt.Println(g.Kahn())
	fmt.Println(g.DFSOrder())
	g.AddEdge("jacket", "shirt")
	o, err := g.Kahn()
	fmt.Println(o, err)
	o, err = g.DFSOrder()
	var ce CycleError
	fmt.Println(o == nil, err, errors.As(err, &ce), len(ce.Path))
}

package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

type Graph struct {
	deps map[string][]string
}

func (g *Graph) Add(node string, deps ...string) {
	if g.deps == nil {
		g.deps = map[string][]string{}
	}
	g.deps[node] = append(g.deps[node], deps...)
	for _, d := range deps {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
		}
	}
}

func (g *Graph) Order() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order []string
	var stack []string
	var visit func(string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := slices.Index(stack, n)
			return &CycleError{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		deps := slices.Clone(g.deps[n])
		slices.Sort(deps)
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	nodes := make([]string, 0, len(g.deps))
	for n := range g.deps {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		if err := visit(n); err != nil {
			return nil, fmt.Errorf("order: %w", err)
		}
	}
	return order, nil
}

func levels(g *Graph, order []string) map[int][]string {
	lvl := map[string]int{}
	out := map[int][]string{}
	for _, n := range order {
		l := 0
		for _, d := range g.deps[n] {
			l = max(l, lvl[d]+1)
		}
		lvl[n] = l
		out[l] = append(out[l], n)
	}
	return out
}

func main() {
	var g Graph
	g.Add("app", "http", "db", "log")
	g.Add("http", "log", "config")
	g.Add("db", "config", "log")
	g.Add("log", "config")
	g.Add("cli", "app")
	order, err := g.Order()
	fmt.Println(order, err)
	fmt.Println(levels(&g, order))
	g.Add("config", "cli")
	_, err = g.Order()
	var ce *CycleError
	fmt.Println(err)
	if errors.As(err, &ce) {
		fmt.Println(len(ce.Path), ce.Path[0] == ce.Path[len(ce.Path)-1])
	}
}

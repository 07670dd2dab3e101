package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

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

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

func (g *Graph) Order() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order []string
	var stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			i := slices.Index(stack, n)
			return &CycleError{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = gray
		stack = append(stack, n)
		ds := slices.Sorted(slices.Values(g.deps[n]))
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(g.deps))
	for n := range g.deps {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, fmt.Errorf("order: %w", err)
		}
	}
	return order, nil
}

func main() {
	var g Graph
	g.Add("app", "http", "db", "log")
	g.Add("http", "net", "log")
	g.Add("db", "net", "config")
	g.Add("log", "config")
	g.Add("config")
	order, err := g.Order()
	fmt.Println(order, err)
	levels := map[string]int{}
	for _, n := range order {
		lv := 0
		for _, d := range g.deps[n] {
			lv = max(lv, levels[d]+1)
		}
		levels[n] = lv
	}
	fmt.Println(levels)
	g.Add("config", "app")
	_, err = g.Order()
	fmt.Println(err)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println(len(ce.Path), ce.Path[0] == ce.Path[len(ce.Path)-1])
	}
}

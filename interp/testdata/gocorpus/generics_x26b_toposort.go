package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph[T cmp.Ordered] struct {
	edges map[T][]T
	nodes map[T]struct{}
}

func NewGraph[T cmp.Ordered]() *Graph[T] {
	return &Graph[T]{edges: map[T][]T{}, nodes: map[T]struct{}{}}
}

func (g *Graph[T]) Depends(node T, deps ...T) *Graph[T] {
	g.nodes[node] = struct{}{}
	for _, d := range deps {
		g.nodes[d] = struct{}{}
		g.edges[d] = append(g.edges[d], node)
	}
	return g
}

type CycleError[T any] struct{ Path []T }

func (e *CycleError[T]) Error() string {
	parts := make([]string, len(e.Path))
	for i, p := range e.Path {
		parts[i] = fmt.Sprint(p)
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

func (g *Graph[T]) Sort() ([]T, error) {
	indeg := map[T]int{}
	for n := range g.nodes {
		indeg[n] += 0
		for _, m := range g.edges[n] {
			indeg[m]++
		}
	}
	var ready []T
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []T
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		next := slices.Sorted(slices.Values(g.edges[n]))
		for _, m := range next {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
				slices.Sort(ready)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return order, &CycleError[T]{g.findCycle(indeg)}
	}
	return order, nil
}

func (g *Graph[T]) findCycle(indeg map[T]int) []T {
	var start T
	var cands []T
	for n, d := range indeg {
		if d > 0 {
			cands = append(cands, n)
		}
	}
	start = slices.Min(cands)
	seen := map[T]int{}
	path := []T{}
	for n := start; ; {
		if i, ok := seen[n]; ok {
			return append(path[i:], n)
		}
		seen[n] = len(path)
		path = append(path, n)
		succ := slices.DeleteFunc(slices.Clone(g.edges[n]), func(m T) bool { return indeg[m] == 0 })
		n = slices.Min(succ)
	}
}

func main() {
	g := NewGraph[string]().
		Depends("app", "lib", "log").
		Depends("lib", "core", "log").
		Depends("log", "core").
		Depends("test", "app", "mock").
		Depends("mock", "core")
	order, err := g.Sort()
	fmt.Println(order, err)

	g.Depends("core", "test")
	order, err = g.Sort()
	var ce *CycleError[string]
	fmt.Println(order, err, errors.As(err, &ce), len(ce.Path))

	ints := NewGraph[int]().Depends(3, 1, 2).Depends(2, 1).Depends(5, 4).Depends(4, 3)
	fmt.Println(ints.Sort())
	ints.Depends(1, 5)
	_, err = ints.Sort()
	fmt.Printf("%v | %T\n", err, err)
}

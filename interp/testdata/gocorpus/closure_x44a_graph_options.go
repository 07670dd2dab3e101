package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	name     string
	directed bool
	weighted bool
	adj      map[string]map[string]int
	hooks    []func(u, v string, w int)
}

type Option func(*Graph)

func Directed() Option      { return func(g *Graph) { g.directed = true } }
func Weighted() Option      { return func(g *Graph) { g.weighted = true } }
func Named(n string) Option { return func(g *Graph) { g.name = n } }
func OnEdge(f func(u, v string, w int)) Option {
	return func(g *Graph) { g.hooks = append(g.hooks, f) }
}

func New(opts ...Option) *Graph {
	g := &Graph{name: "g", adj: map[string]map[string]int{}}
	for _, o := range opts {
		o(g)
	}
	return g
}

func (g *Graph) link(u, v string, w int) {
	if g.adj[u] == nil {
		g.adj[u] = map[string]int{}
	}
	g.adj[u][v] = w
}

func (g *Graph) Add(u, v string, w ...int) *Graph {
	weight := 1
	if len(w) > 0 {
		if !g.weighted {
			panic(fmt.Sprintf("%s: weight given for unweighted edge %s-%s", g.name, u, v))
		}
		weight = w[0]
	}
	g.link(u, v, weight)
	if !g.directed {
		g.link(v, u, weight)
	}
	for _, h := range g.hooks {
		h(u, v, weight)
	}
	return g
}

func (g *Graph) Summary() string {
	kind := []string{}
	if g.directed {
		kind = append(kind, "directed")
	}
	if g.weighted {
		kind = append(kind, "weighted")
	}
	if len(kind) == 0 {
		kind = append(kind, "simple")
	}
	nodes := make([]string, 0, len(g.adj))
	for k := range g.adj {
		nodes = append(nodes, k)
	}
	slices.Sort(nodes)
	return fmt.Sprintf("%s (%s): %s", g.name, strings.Join(kind, ","), strings.Join(nodes, " "))
}

func counter() (func(string, string, int), func() (int, int)) {
	edges, weight := 0, 0
	return func(_, _ string, w int) { edges++; weight += w },
		func() (int, int) { return edges, weight }
}

func safeAdd(g *Graph, u, v string, w ...int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	g.Add(u, v, w...)
	return nil
}

func main() {
	hook, stats := counter()
	var trace []string
	g := New(Named("roads"), Weighted(), OnEdge(hook), OnEdge(func(u, v string, w int) {
		trace = append(trace, fmt.Sprintf("%s%s%d", u, v, w))
	}))
	g.Add("a", "b", 3).Add("b", "c", 4).Add("c", "a", 5)
	e, w := stats()
	fmt.Println(g.Summary())
	fmt.Printf("edges=%d weight=%d trace=%v\n", e, w, trace)
	h := New(Directed(), Named("deps"))
	h.Add("x", "y").Add("y", "z")
	fmt.Println(h.Summary(), h.adj)
	fmt.Println(safeAdd(h, "z", "x", 9))
	fmt.Println(safeAdd(h, "z", "x"), len(h.adj["z"]))
	for i := 3; i > 0; i-- {
		defer fmt.Println("deferred", i)
	}
}

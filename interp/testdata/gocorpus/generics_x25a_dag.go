package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Graph[K cmp.Ordered] struct {
	edges map[K][]K
}

func NewGraph[K cmp.Ordered]() *Graph[K] { return &Graph[K]{edges: map[K][]K{}} }

func (g *Graph[K]) Edge(from, to K) {
	g.edges[from] = append(g.edges[from], to)
	if _, ok := g.edges[to]; !ok {
		g.edges[to] = nil
	}
}

func (g *Graph[K]) Topo() []K {
	keys := make([]K, 0, len(g.edges))
	for k := range g.edges {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	seen := map[K]bool{}
	var order []K
	var visit func(K)
	visit = func(k K) {
		if seen[k] {
			return
		}
		seen[k] = true
		next := slices.Clone(g.edges[k])
		slices.Sort(next)
		for _, n := range next {
			visit(n)
		}
		order = append(order, k)
	}
	for _, k := range keys {
		visit(k)
	}
	slices.Reverse(order)
	return order
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	out := make([]Pair[A, B], min(len(as), len(bs)))
	for i := range out {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	g := NewGraph[string]()
	g.Edge("x", "mul")
	g.Edge("w", "mul")
	g.Edge("mul", "add")
	g.Edge("b", "add")
	g.Edge("add", "relu")
	g.Edge("relu", "loss")
	order := g.Topo()
	fmt.Println(order)
	local := map[string]float64{"loss": 1, "relu": 1, "add": 1, "mul": 1}
	grad := map[string]float64{"loss": 1}
	for _, n := range order {
		for _, next := range g.edges[n] {
			grad[n] += grad[next] * local[next]
		}
	}
	fmt.Println(grad)
	ig := NewGraph[int]()
	for _, e := range [][2]int{{3, 1}, {1, 2}, {3, 2}, {0, 3}} {
		ig.Edge(e[0], e[1])
	}
	fmt.Println(ig.Topo())
	for _, p := range Zip(order, []float64{0.1, 0.2, 0.3}) {
		fmt.Printf("%+v ", p)
	}
	fmt.Println()
	fmt.Printf("%T\n", Zip([]int{1}, []string{"a"}))
}

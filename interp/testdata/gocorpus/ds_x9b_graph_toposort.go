// Exercises: graph as adjacency list map[string][]string, Kahn topological sort with sorted ready queue, DFS three-colour cycle detection returning the cycle path.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Graph map[string][]string

// nodes relies on every node being a key, sinks too (with no edges).
func (g Graph) nodes() []string { return slices.Sorted(maps.Keys(g)) }

func (g Graph) Topo() ([]string, bool) {
	indeg := map[string]int{}
	for _, vs := range g {
		for _, v := range vs {
			indeg[v]++
		}
	}
	ready, order := slices.DeleteFunc(g.nodes(), func(n string) bool { return indeg[n] > 0 }), []string(nil)
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		order, ready = append(order, n), ready[1:]
		for _, v := range g[n] {
			if indeg[v]--; indeg[v] == 0 {
				ready = append(ready, v)
			}
		}
	}
	return order, len(order) == len(g.nodes())
}

// FindCycle colours nodes 0 (unvisited), 1 (on the DFS stack), 2 (done).
func (g Graph) FindCycle() (cycle []string) {
	color, stack := map[string]int{}, []string(nil)
	var dfs func(string)
	dfs = func(u string) {
		color[u] = 1
		stack = append(stack, u)
		for _, v := range g[u] {
			if cycle == nil && color[v] == 1 {
				cycle = append(slices.Clone(stack[slices.Index(stack, v):]), v)
			} else if color[v] == 0 {
				dfs(v)
			}
		}
		stack = stack[:len(stack)-1]
		color[u] = 2
	}
	for _, n := range g.nodes() {
		if color[n] == 0 && cycle == nil {
			dfs(n)
		}
	}
	return cycle
}

func main() {
	g := Graph{"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"}, "belt": {"jacket"}, "socks": {"shoes"},
		"jacket": nil, "shoes": nil}
	order, ok := g.Topo()
	fmt.Println(strings.Join(order, ","), ok, g.FindCycle() == nil)
	g["jacket"] = []string{"shirt"}
	order, ok = g.Topo()
	fmt.Println(order, ok, g.FindCycle())
}

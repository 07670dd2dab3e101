package main

import (
	"fmt"
	"slices"
	"strings"
)

type Digraph map[string][]string

func (g Digraph) vertices() []string {
	seen := map[string]bool{}
	for u, vs := range g {
		seen[u] = true
		for _, v := range vs {
			seen[v] = true
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (g Digraph) finishOrder(order []string) []string {
	visited := map[string]bool{}
	var fin []string
	var dfs func(string)
	dfs = func(u string) {
		visited[u] = true
		for _, v := range g[u] {
			if !visited[v] {
				dfs(v)
			}
		}
		fin = append(fin, u)
	}
	for _, u := range order {
		if !visited[u] {
			dfs(u)
		}
	}
	return fin
}

func (g Digraph) TopoSort() []string {
	fin := g.finishOrder(g.vertices())
	slices.Reverse(fin)
	return fin
}

func (g Digraph) Transpose() Digraph {
	t := Digraph{}
	for u, vs := range g {
		for _, v := range vs {
			t[v] = append(t[v], u)
		}
	}
	for _, vs := range t {
		slices.Sort(vs)
	}
	return t
}

func (g Digraph) SCC() [][]string {
	fin := g.finishOrder(g.vertices())
	slices.Reverse(fin)
	t := g.Transpose()
	visited := map[string]bool{}
	var comps [][]string
	for _, u := range fin {
		if visited[u] {
			continue
		}
		var comp []string
		stack := []string{u}
		visited[u] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, x)
			for _, y := range t[x] {
				if !visited[y] {
					visited[y] = true
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
	dressing := Digraph{
		"undershorts": {"pants", "shoes"},
		"pants":       {"belt", "shoes"},
		"belt":        {"jacket"},
		"shirt":       {"belt", "tie"},
		"tie":         {"jacket"},
		"socks":       {"shoes"},
		"watch":       nil,
	}
	fmt.Println(strings.Join(dressing.TopoSort(), " -> "))

	g := Digraph{"a": {"b"}, "b": {"c", "e", "f"}, "c": {"d", "g"}, "d": {"c", "h"},
		"e": {"a", "f"}, "f": {"g"}, "g": {"f", "h"}, "h": {"h"}}
	for i, c := range g.SCC() {
		fmt.Printf("component %d: %v\n", i, c)
	}
	fmt.Printf("%v\n", g.Transpose())
}

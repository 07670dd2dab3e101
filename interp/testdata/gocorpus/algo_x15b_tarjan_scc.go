package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj   map[string][]string
	nodes []string
}

func Parse(spec string) *Graph {
	g := &Graph{adj: map[string][]string{}}
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			g.nodes = append(g.nodes, n)
		}
	}
	for _, e := range strings.Fields(spec) {
		a, b, _ := strings.Cut(e, ">")
		add(a)
		add(b)
		g.adj[a] = append(g.adj[a], b)
	}
	slices.Sort(g.nodes)
	return g
}

func (g *Graph) SCC() [][]string {
	index := map[string]int{}
	low := map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	counter := 0
	var strong func(v string)
	strong = func(v string) {
		index[v] = counter
		low[v] = counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.adj[v] {
			if _, ok := index[w]; !ok {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Sort(comp)
			out = append(out, comp)
		}
	}
	for _, n := range g.nodes {
		if _, ok := index[n]; !ok {
			strong(n)
		}
	}
	return out
}

func (g *Graph) HasCycleFrom(start string) (bool, []string) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var path []string
	var dfs func(string) bool
	dfs = func(v string) bool {
		color[v] = gray
		path = append(path, v)
		for _, w := range g.adj[v] {
			if color[w] == gray {
				path = append(path, w)
				return true
			}
			if color[w] == white && dfs(w) {
				return true
			}
		}
		color[v] = black
		path = path[:len(path)-1]
		return false
	}
	return dfs(start), path
}

func main() {
	g := Parse("a>b b>c c>a b>d d>e e>f f>d g>f g>h h>i i>g j>j k>a")
	comps := g.SCC()
	fmt.Println(len(comps), comps)
	for _, s := range []string{"a", "d", "k", "f"} {
		ok, p := g.HasCycleFrom(s)
		fmt.Println(s, ok, strings.Join(p, ">"))
	}
	dag := Parse("x>y y>z x>z")
	ok, p := dag.HasCycleFrom("x")
	fmt.Println(ok, p == nil, len(p), dag.SCC())
}

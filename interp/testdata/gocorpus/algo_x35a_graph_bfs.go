package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		nbrs := append([]string(nil), g[cur]...)
		sort.Strings(nbrs)
		for _, n := range nbrs {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (g Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	nodes := make([]string, 0, len(g))
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	var dfs func(n string, comp *[]string)
	dfs = func(n string, comp *[]string) {
		if seen[n] {
			return
		}
		seen[n] = true
		*comp = append(*comp, n)
		for _, m := range g[n] {
			dfs(m, comp)
		}
	}
	for _, n := range nodes {
		if !seen[n] {
			var comp []string
			dfs(n, &comp)
			sort.Strings(comp)
			comps = append(comps, comp)
		}
	}
	return comps
}

func main() {
	g := Graph{}
	edges := "A-B B-C C-D A-E E-D D-F X-Y Y-Z"
	for _, e := range strings.Fields(edges) {
		parts := strings.Split(e, "-")
		g.AddEdge(parts[0], parts[1])
	}
	fmt.Println(g.BFS("A", "F"))
	fmt.Println(g.BFS("B", "E"))
	fmt.Println(g.BFS("A", "Z"), g.BFS("A", "Z") == nil)
	for i, c := range g.Components() {
		fmt.Printf("component %d: %v\n", i, c)
	}
	degrees := map[int][]string{}
	for n, nb := range g {
		degrees[len(nb)] = append(degrees[len(nb)], n)
	}
	for d := 1; d <= 3; d++ {
		sort.Strings(degrees[d])
		fmt.Println("degree", d, degrees[d])
	}
}

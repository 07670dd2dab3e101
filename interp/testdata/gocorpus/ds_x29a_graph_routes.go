package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]string{}} }

func (g *Graph) AddEdge(a, b string, directed bool) {
	g.adj[a] = append(g.adj[a], b)
	if !directed {
		g.adj[b] = append(g.adj[b], a)
	} else if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) BFS(start, goal string) []string {
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
		for _, nb := range g.adj[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) DFS(node string, visited map[string]bool, order *[]string) {
	visited[node] = true
	*order = append(*order, node)
	for _, nb := range g.adj[node] {
		if !visited[nb] {
			g.DFS(nb, visited, order)
		}
	}
}

func (g *Graph) Components() [][]string {
	visited := map[string]bool{}
	nodes := make([]string, 0, len(g.adj))
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	var comps [][]string
	for _, n := range nodes {
		if !visited[n] {
			var comp []string
			g.DFS(n, visited, &comp)
			slices.Sort(comp)
			comps = append(comps, comp)
		}
	}
	return comps
}

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for n, outs := range g.adj {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready, order []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, o := range g.adj[n] {
			indeg[o]--
			if indeg[o] == 0 {
				ready = append(ready, o)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: sorted %d of %d", len(order), len(indeg))
	}
	return order, nil
}

func main() {
	g := NewGraph()
	for _, e := range []string{"A-B", "A-C", "B-D", "C-D", "D-E", "F-G", "E-H", "C-H"} {
		parts := strings.Split(e, "-")
		g.AddEdge(parts[0], parts[1], false)
	}
	fmt.Println("A->E:", strings.Join(g.BFS("A", "E"), " -> "))
	fmt.Println("B->H:", g.BFS("B", "H"))
	fmt.Println("A->G:", g.BFS("A", "G"), g.BFS("A", "G") == nil)
	var order []string
	g.DFS("A", map[string]bool{}, &order)
	fmt.Println("DFS from A:", order)
	fmt.Println("components:", g.Components())

	courses := NewGraph()
	prereqs := [][2]string{
		{"CS1", "CS2"}, {"CS2", "Algorithms"}, {"Discrete", "Algorithms"},
		{"CS2", "Systems"}, {"Algorithms", "Compilers"}, {"Systems", "Compilers"},
	}
	for _, p := range prereqs {
		courses.AddEdge(p[0], p[1], true)
	}
	plan, err := courses.TopoSort()
	fmt.Println("plan:", plan, err)
	courses.AddEdge("Compilers", "CS2", true)
	plan, err = courses.TopoSort()
	fmt.Printf("plan: %v\nerr: %v\n", plan, err)
}

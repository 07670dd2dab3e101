package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	n   int
	adj [][]int
}

func (g *Graph) AddEdge(u, v int) {
	g.adj[u] = append(g.adj[u], v)
	g.adj[v] = append(g.adj[v], u)
}

type Analysis struct {
	Bridges    [][2]int
	CutPoints  []int
	Components int
}

func (g *Graph) Analyze() Analysis {
	tin := make([]int, g.n)
	low := make([]int, g.n)
	for i := range tin {
		tin[i] = -1
	}
	timer := 0
	var a Analysis
	isCut := make([]bool, g.n)
	var dfs func(v, parent int)
	dfs = func(v, parent int) {
		tin[v] = timer
		low[v] = timer
		timer++
		children := 0
		skippedParent := false
		for _, to := range g.adj[v] {
			if to == parent && !skippedParent {
				skippedParent = true
				continue
			}
			if tin[to] != -1 {
				low[v] = min(low[v], tin[to])
				continue
			}
			dfs(to, v)
			low[v] = min(low[v], low[to])
			if low[to] > tin[v] {
				a.Bridges = append(a.Bridges, [2]int{min(v, to), max(v, to)})
			}
			if low[to] >= tin[v] && parent != -1 {
				isCut[v] = true
			}
			children++
		}
		if parent == -1 && children > 1 {
			isCut[v] = true
		}
	}
	for v := 0; v < g.n; v++ {
		if tin[v] == -1 {
			a.Components++
			dfs(v, -1)
		}
	}
	for v, c := range isCut {
		if c {
			a.CutPoints = append(a.CutPoints, v)
		}
	}
	sort.Slice(a.Bridges, func(i, j int) bool {
		if a.Bridges[i][0] != a.Bridges[j][0] {
			return a.Bridges[i][0] < a.Bridges[j][0]
		}
		return a.Bridges[i][1] < a.Bridges[j][1]
	})
	return a
}

func main() {
	g := &Graph{n: 12, adj: make([][]int, 12)}
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {4, 5}, {5, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 7}, {9, 10}, {10, 10}, {3, 4}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	a := g.Analyze()
	fmt.Printf("components: %d\n", a.Components)
	fmt.Printf("cut points: %v\n", a.CutPoints)
	fmt.Println("bridges:")
	for i, b := range a.Bridges {
		fmt.Printf("  %2d) %2d -- %-2d\n", i+1, b[0], b[1])
	}
	fmt.Printf("%+v\n", a)
	deg := make([]int, g.n)
	for v := range g.adj {
		deg[v] = len(g.adj[v])
	}
	fmt.Println("degrees:", deg)
}

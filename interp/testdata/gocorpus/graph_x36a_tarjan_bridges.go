package main

import (
	"fmt"
	"slices"
	"sort"
)

type Graph struct {
	n   int
	adj [][]int
}

func NewGraph(n int, edges [][]int, directed bool) *Graph {
	g := &Graph{n: n, adj: make([][]int, n)}
	for _, e := range edges {
		g.adj[e[0]] = append(g.adj[e[0]], e[1])
		if !directed {
			g.adj[e[1]] = append(g.adj[e[1]], e[0])
		}
	}
	return g
}

// criticalConnections finds bridges (LeetCode 1192).
func (g *Graph) criticalConnections() [][]int {
	disc := make([]int, g.n)
	low := make([]int, g.n)
	for i := range disc {
		disc[i] = -1
	}
	timer := 0
	var res [][]int
	var dfs func(u, parent int)
	dfs = func(u, parent int) {
		disc[u], low[u] = timer, timer
		timer++
		for _, v := range g.adj[u] {
			if v == parent {
				continue
			}
			if disc[v] == -1 {
				dfs(v, u)
				low[u] = min(low[u], low[v])
				if low[v] > disc[u] {
					res = append(res, []int{min(u, v), max(u, v)})
				}
			} else {
				low[u] = min(low[u], disc[v])
			}
		}
	}
	for u := 0; u < g.n; u++ {
		if disc[u] == -1 {
			dfs(u, -1)
		}
	}
	sort.Slice(res, func(i, j int) bool {
		return slices.Compare(res[i], res[j]) < 0
	})
	return res
}

// scc returns strongly connected components with Tarjan's algorithm.
func (g *Graph) scc() [][]int {
	index, low := make([]int, g.n), make([]int, g.n)
	onStack := make([]bool, g.n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var comps [][]int
	idx := 0
	var strong func(int)
	strong = func(v int) {
		index[v], low[v] = idx, idx
		idx++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.adj[v] {
			if index[w] == -1 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
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
			comps = append(comps, comp)
		}
	}
	for v := 0; v < g.n; v++ {
		if index[v] == -1 {
			strong(v)
		}
	}
	slices.SortFunc(comps, func(a, b []int) int { return a[0] - b[0] })
	return comps
}

func main() {
	g := NewGraph(4, [][]int{{0, 1}, {1, 2}, {2, 0}, {1, 3}}, false)
	fmt.Println("bridges:", g.criticalConnections())
	g2 := NewGraph(6, [][]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}}, false)
	fmt.Println("bridges:", g2.criticalConnections())
	d := NewGraph(8, [][]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 6}}, true)
	comps := d.scc()
	fmt.Println("scc:", comps, len(comps))
	sizes := make(map[int]int)
	for _, c := range comps {
		sizes[len(c)]++
	}
	fmt.Println("sizes:", sizes)
}

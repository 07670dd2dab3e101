package main

import (
	"fmt"
	"slices"
)

type Digraph struct {
	N   int
	Adj [][]int
}

func (g *Digraph) Add(u, v int) { g.Adj[u] = append(g.Adj[u], v) }

func (g *Digraph) SCC() [][]int {
	index := 0
	idx := make([]int, g.N)
	low := make([]int, g.N)
	onStack := make([]bool, g.N)
	for i := range idx {
		idx[i] = -1
	}
	var stack []int
	var comps [][]int
	var strong func(v int)
	strong = func(v int) {
		idx[v], low[v] = index, index
		index++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.Adj[v] {
			if idx[w] == -1 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], idx[w])
			}
		}
		if low[v] == idx[v] {
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
	for v := 0; v < g.N; v++ {
		if idx[v] == -1 {
			strong(v)
		}
	}
	return comps
}

func main() {
	g := &Digraph{N: 10, Adj: make([][]int, 10)}
	for _, e := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 8}, {8, 6}, {9, 9}} {
		g.Add(e[0], e[1])
	}
	comps := g.SCC()
	slices.SortFunc(comps, func(a, b []int) int { return slices.Compare(a, b) })
	compOf := make([]int, g.N)
	fmt.Println("id  size  members")
	for i, c := range comps {
		for _, v := range c {
			compOf[v] = i
		}
		fmt.Printf("%-3d %-5d %v\n", i, len(c), c)
	}
	type pair struct{ a, b int }
	dag := map[pair]bool{}
	for u, nb := range g.Adj {
		for _, v := range nb {
			if compOf[u] != compOf[v] {
				dag[pair{compOf[u], compOf[v]}] = true
			}
		}
	}
	keys := make([]pair, 0, len(dag))
	for k := range dag {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	fmt.Printf("condensation edges: %v\n", keys)
	fmt.Printf("%+v\n", keys)
}

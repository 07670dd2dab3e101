package main

import (
	"fmt"
	"strings"
)

type TwoSAT struct {
	n     int
	g, gr [][]int
	names []string
}

func NewTwoSAT(names ...string) *TwoSAT {
	n := len(names)
	return &TwoSAT{n: n, g: make([][]int, 2*n), gr: make([][]int, 2*n), names: names}
}

func lit(v int, neg bool) int {
	if neg {
		return 2*v + 1
	}
	return 2 * v
}

// Or adds the clause (a ∨ b) where a, b are literals.
func (t *TwoSAT) Or(a, b int) {
	t.g[a^1] = append(t.g[a^1], b)
	t.g[b^1] = append(t.g[b^1], a)
	t.gr[b] = append(t.gr[b], a^1)
	t.gr[a] = append(t.gr[a], b^1)
}

func (t *TwoSAT) Solve() ([]bool, bool) {
	N := 2 * t.n
	used := make([]bool, N)
	var order []int
	var dfs1 func(int)
	dfs1 = func(v int) {
		used[v] = true
		for _, u := range t.g[v] {
			if !used[u] {
				dfs1(u)
			}
		}
		order = append(order, v)
	}
	for v := 0; v < N; v++ {
		if !used[v] {
			dfs1(v)
		}
	}
	comp := make([]int, N)
	for i := range comp {
		comp[i] = -1
	}
	var dfs2 func(int, int)
	dfs2 = func(v, c int) {
		comp[v] = c
		for _, u := range t.gr[v] {
			if comp[u] == -1 {
				dfs2(u, c)
			}
		}
	}
	c := 0
	for i := N - 1; i >= 0; i-- {
		if v := order[i]; comp[v] == -1 {
			dfs2(v, c)
			c++
		}
	}
	assign := make([]bool, t.n)
	for i := 0; i < t.n; i++ {
		if comp[2*i] == comp[2*i+1] {
			return nil, false
		}
		assign[i] = comp[2*i] > comp[2*i+1]
	}
	return assign, true
}

func main() {
	// schedule talks: each variable = "talk is in the morning"
	t := NewTwoSAT("graphs", "flows", "heaps", "tries")
	g, f, h, tr := 0, 1, 2, 3
	t.Or(lit(g, false), lit(f, false)) // graphs or flows in morning
	t.Or(lit(g, true), lit(h, true))   // not both graphs and heaps in morning
	t.Or(lit(f, true), lit(tr, false)) // flows morning -> tries morning
	t.Or(lit(h, false), lit(tr, true)) // tries morning -> heaps morning ... or heaps
	t.Or(lit(h, false), lit(g, false)) // heaps or graphs morning
	sol, ok := t.Solve()
	fmt.Println("satisfiable:", ok)
	for i, v := range sol {
		slot := "afternoon"
		if v {
			slot = "morning"
		}
		fmt.Printf("  %-7s %s\n", t.names[i], slot)
	}
	bad := NewTwoSAT("x", "y")
	bad.Or(lit(0, false), lit(1, false))
	bad.Or(lit(0, false), lit(1, true))
	bad.Or(lit(0, true), lit(1, false))
	bad.Or(lit(0, true), lit(1, true))
	sol, ok = bad.Solve()
	fmt.Println("contradiction satisfiable:", ok, sol == nil)
	fmt.Println(strings.Repeat("=", 20))
}

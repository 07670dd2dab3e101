package main

import (
	"fmt"
	"math"
	"sort"
)

type Graph struct {
	n   int
	adj [][]float64
}

func NewGraph(n int) *Graph {
	g := &Graph{n: n, adj: make([][]float64, n)}
	for i := range g.adj {
		g.adj[i] = make([]float64, n)
		for j := range g.adj[i] {
			g.adj[i][j] = math.Inf(1)
		}
	}
	return g
}

func (g *Graph) Add(u, v int, w float64) { g.adj[u][v], g.adj[v][u] = w, w }

func (g *Graph) Prim(r int) ([]int, float64) {
	key := make([]float64, g.n)
	parent := make([]int, g.n)
	inTree := make([]bool, g.n)
	for i := range key {
		key[i] = math.Inf(1)
		parent[i] = -1
	}
	key[r] = 0
	total := 0.0
	for range g.n {
		u := -1
		for v := 0; v < g.n; v++ {
			if !inTree[v] && (u == -1 || key[v] < key[u]) {
				u = v
			}
		}
		inTree[u] = true
		total += key[u]
		fmt.Printf("add %d key=%g keys=%v\n", u, key[u], key)
		for v := 0; v < g.n; v++ {
			if w := g.adj[u][v]; !inTree[v] && w < key[v] {
				key[v] = w
				parent[v] = u
			}
		}
	}
	return parent, total
}

func main() {
	g := NewGraph(6)
	edges := map[[2]int]float64{
		{0, 1}: 4, {0, 2}: 3.5, {1, 2}: 1, {1, 3}: 2.25, {2, 3}: 4,
		{3, 4}: 2, {4, 5}: 6, {3, 5}: 5.5, {2, 4}: 7,
	}
	keys := make([][2]int, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		g.Add(k[0], k[1], edges[k])
	}
	parent, total := g.Prim(0)
	fmt.Println("parent:", parent)
	fmt.Printf("total=%.2f %v\n", total, edges)
}

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Graph[K cmp.Ordered] struct {
	adj map[K]map[K]int
}

func NewGraph[K cmp.Ordered]() *Graph[K] { return &Graph[K]{adj: map[K]map[K]int{}} }

func (g *Graph[K]) AddEdge(a, b K, w int) {
	for _, p := range [][2]K{{a, b}, {b, a}} {
		if g.adj[p[0]] == nil {
			g.adj[p[0]] = map[K]int{}
		}
		g.adj[p[0]][p[1]] = w
	}
}

func (g *Graph[K]) Edges(from K) iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		keys := make([]K, 0, len(g.adj[from]))
		for k := range g.adj[from] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, g.adj[from][k]) {
				return
			}
		}
	}
}

func (g *Graph[K]) Nodes() []K {
	var ks []K
	for k := range g.adj {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func BFS[K cmp.Ordered](g *Graph[K], start K) iter.Seq2[int, K] {
	return func(yield func(int, K) bool) {
		seen := map[K]bool{start: true}
		frontier := []K{start}
		for depth := 0; len(frontier) > 0; depth++ {
			var next []K
			for _, n := range frontier {
				if !yield(depth, n) {
					return
				}
				for m := range g.Edges(n) {
					if !seen[m] {
						seen[m] = true
						next = append(next, m)
					}
				}
			}
			frontier = next
		}
	}
}

func TSP[K cmp.Ordered](g *Graph[K], better func(a, b int) bool) int {
	nodes := g.Nodes()
	best, found := 0, false
	var rec func(cur K, visited map[K]bool, dist int)
	rec = func(cur K, visited map[K]bool, dist int) {
		if len(visited) == len(nodes) {
			if !found || better(dist, best) {
				best, found = dist, true
			}
			return
		}
		for n, w := range g.Edges(cur) {
			if visited[n] {
				continue
			}
			visited[n] = true
			rec(n, visited, dist+w)
			delete(visited, n)
		}
	}
	for _, s := range nodes {
		rec(s, map[K]bool{s: true}, 0)
	}
	return best
}

const routes = `London to Dublin = 464
London to Belfast = 518
Dublin to Belfast = 141
Paris to London = 300
Paris to Dublin = 650`

func main() {
	g := NewGraph[string]()
	for _, l := range strings.Split(routes, "\n") {
		var a, b string
		var d int
		fmt.Sscanf(l, "%s to %s = %d", &a, &b, &d)
		g.AddEdge(a, b, d)
	}
	for depth, n := range BFS(g, "Paris") {
		fmt.Println(depth, n)
	}
	fmt.Println("shortest:", TSP(g, func(a, b int) bool { return a < b }))
	fmt.Println("longest:", TSP(g, func(a, b int) bool { return a > b }))
	gi := NewGraph[int]()
	for i := 1; i < 6; i++ {
		gi.AddEdge(i, (i*3)%7, i)
	}
	for d, n := range BFS(gi, 1) {
		if d > 2 {
			break
		}
		fmt.Print(d, ":", n, " ")
	}
	fmt.Println()
}

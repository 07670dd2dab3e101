package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	White Color = iota
	Gray
	Black
)

func (c Color) String() string { return [...]string{"WHITE", "GRAY", "BLACK"}[c] }

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(u, v string, directed bool) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[u] = append(g.adj[u], v)
	if !directed {
		g.adj[v] = append(g.adj[v], u)
	}
}

func (g *Graph) BFS(s string) (map[string]int, map[string]string) {
	d := map[string]int{s: 0}
	pi := map[string]string{}
	queue := []string{s}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range g.adj[u] {
			if _, seen := d[v]; !seen {
				d[v] = d[u] + 1
				pi[v] = u
				queue = append(queue, v)
			}
		}
	}
	return d, pi
}

func path(pi map[string]string, s, v string) string {
	if v == s {
		return s
	}
	p, ok := pi[v]
	if !ok {
		return "no path"
	}
	return path(pi, s, p) + "->" + v
}

func (g *Graph) DFS(order []string) {
	color := map[string]Color{}
	disc, fin := map[string]int{}, map[string]int{}
	time := 0
	var visit func(u string, depth int)
	visit = func(u string, depth int) {
		time++
		disc[u] = time
		color[u] = Gray
		fmt.Printf("%s%s d=%d\n", strings.Repeat("  ", depth), u, time)
		for _, v := range g.adj[u] {
			if color[v] == White {
				visit(v, depth+1)
			}
		}
		color[u] = Black
		time++
		fin[u] = time
	}
	for _, u := range order {
		if color[u] == White {
			visit(u, 0)
		}
	}
	for _, u := range order {
		fmt.Printf("%s %d/%d %v\n", u, disc[u], fin[u], color[u])
	}
}

func main() {
	var g Graph
	for _, e := range [][2]string{{"r", "s"}, {"r", "v"}, {"s", "w"}, {"w", "t"}, {"w", "x"}, {"t", "x"}, {"t", "u"}, {"x", "u"}, {"x", "y"}, {"u", "y"}} {
		g.AddEdge(e[0], e[1], false)
	}
	d, pi := g.BFS("s")
	fmt.Println("dist:", d)
	fmt.Println(path(pi, "s", "y"), "|", path(pi, "s", "v"))

	var dg Graph
	for _, e := range []string{"uv", "ux", "vy", "yx", "xv", "wy", "wz", "zz"} {
		dg.AddEdge(e[:1], e[1:], true)
	}
	dg.DFS([]string{"u", "v", "w", "x", "y", "z"})
}

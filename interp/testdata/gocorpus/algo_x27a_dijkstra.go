package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph map[string][]Edge

type item struct {
	node string
	dist int
	idx  int
}

type PQ []*item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i]; p[i].idx = i; p[j].idx = j }
func (p *PQ) Push(x any)   { it := x.(*item); it.idx = len(*p); *p = append(*p, it) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	return it
}

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{{node: src}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(*item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, &item{node: e.to, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append(p, n)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	for _, e := range []struct {
		a, b string
		w    int
	}{{"A", "B", 4}, {"A", "C", 2}, {"B", "C", 5}, {"B", "D", 10}, {"C", "E", 3}, {"E", "D", 4}, {"D", "F", 11}, {"G", "H", 1}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	dist, prev := g.Shortest("A")
	fmt.Println(dist)
	for _, n := range []string{"D", "F", "B"} {
		fmt.Printf("%s: %d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
	fmt.Println(dist["G"] == math.MaxInt)
}

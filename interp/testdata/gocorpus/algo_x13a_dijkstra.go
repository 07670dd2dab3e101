package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
)

type Edge struct {
	To     int
	Weight float64
}

type Graph struct {
	Adj   [][]Edge
	Names []string
}

func NewGraph(names ...string) *Graph {
	return &Graph{Adj: make([][]Edge, len(names)), Names: names}
}

func (g *Graph) AddEdge(u, v int, w float64) {
	g.Adj[u] = append(g.Adj[u], Edge{v, w})
	g.Adj[v] = append(g.Adj[v], Edge{u, w})
}

type item struct {
	node int
	dist float64
}

type pq []item

func (p pq) Len() int           { return len(p) }
func (p pq) Less(i, j int) bool { return p[i].dist < p[j].dist }
func (p pq) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)        { *p = append(*p, x.(item)) }
func (p *pq) Pop() any          { old := *p; n := len(old); it := old[n-1]; *p = old[:n-1]; return it }

func (g *Graph) Dijkstra(src int) ([]float64, []int) {
	dist := make([]float64, len(g.Adj))
	prev := make([]int, len(g.Adj))
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.Adj[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for at := to; at != -1; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := NewGraph("A", "B", "C", "D", "E", "F", "G")
	g.AddEdge(0, 1, 7)
	g.AddEdge(0, 2, 9)
	g.AddEdge(0, 5, 14)
	g.AddEdge(1, 2, 10)
	g.AddEdge(1, 3, 15)
	g.AddEdge(2, 3, 11)
	g.AddEdge(2, 5, 2)
	g.AddEdge(3, 4, 6)
	g.AddEdge(4, 5, 9)
	dist, prev := g.Dijkstra(0)
	for v, d := range dist {
		if math.IsInf(d, 1) {
			fmt.Printf("%s: unreachable\n", g.Names[v])
			continue
		}
		names := []string{}
		for _, n := range path(prev, v) {
			names = append(names, g.Names[n])
		}
		fmt.Printf("%s: %5.1f via %v\n", g.Names[v], d, names)
	}
}

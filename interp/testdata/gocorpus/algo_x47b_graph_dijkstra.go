package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     int
	Weight float64
}

type Graph struct {
	names []string
	index map[string]int
	adj   [][]Edge
}

func NewGraph() *Graph { return &Graph{index: map[string]int{}} }

func (g *Graph) id(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.names)
	g.names = append(g.names, name)
	g.adj = append(g.adj, nil)
	return len(g.names) - 1
}

func (g *Graph) AddEdge(a, b string, w float64) *Graph {
	i, j := g.id(a), g.id(b)
	g.adj[i] = append(g.adj[i], Edge{j, w})
	g.adj[j] = append(g.adj[j], Edge{i, w})
	return g
}

type item struct {
	node int
	dist float64
}
type minHeap []item

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (g *Graph) ShortestPath(from, to string) ([]string, float64, bool) {
	src, ok1 := g.index[from]
	dst, ok2 := g.index[to]
	if !ok1 || !ok2 {
		return nil, 0, false
	}
	dist := make([]float64, len(g.names))
	prev := make([]int, len(g.names))
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.adj[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	if math.IsInf(dist[dst], 1) {
		return nil, dist[dst], false
	}
	var path []string
	for n := dst; n != -1; n = prev[n] {
		path = append(path, g.names[n])
	}
	slices.Reverse(path)
	return path, dist[dst], true
}

func main() {
	g := NewGraph().
		AddEdge("A", "B", 4).AddEdge("A", "C", 2).AddEdge("B", "C", 1).
		AddEdge("B", "D", 5).AddEdge("C", "D", 8).AddEdge("C", "E", 10).
		AddEdge("D", "E", 2).AddEdge("D", "F", 6).AddEdge("E", "F", 2)
	g.id("Z")
	for _, q := range [][2]string{{"A", "F"}, {"F", "A"}, {"B", "E"}, {"A", "Z"}, {"A", "Q"}} {
		p, d, ok := g.ShortestPath(q[0], q[1])
		fmt.Printf("%s->%s: %v %s %v\n", q[0], q[1], ok, strings.Join(p, ">"), d)
	}
	type deg struct {
		name string
		n    int
	}
	var ds []deg
	for i, n := range g.names {
		ds = append(ds, deg{n, len(g.adj[i])})
	}
	slices.SortStableFunc(ds, func(a, b deg) int { return cmp.Compare(b.n, a.n) })
	fmt.Println(ds)
}

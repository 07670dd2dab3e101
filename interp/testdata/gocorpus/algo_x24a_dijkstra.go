package main

import (
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
	Names []string
	Adj   [][]Edge
}

func (g *Graph) node(name string) int {
	if i := slices.Index(g.Names, name); i >= 0 {
		return i
	}
	g.Names = append(g.Names, name)
	g.Adj = append(g.Adj, nil)
	return len(g.Names) - 1
}

func (g *Graph) Connect(a, b string, w float64) {
	i, j := g.node(a), g.node(b)
	g.Adj[i] = append(g.Adj[i], Edge{j, w})
	g.Adj[j] = append(g.Adj[j], Edge{i, w})
}

type item struct {
	node int
	dist float64
}
type minQ []item

func (q minQ) Len() int            { return len(q) }
func (q minQ) Less(i, j int) bool  { return q[i].dist < q[j].dist }
func (q minQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x interface{}) { *q = append(*q, x.(item)) }
func (q *minQ) Pop() interface{} {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func (g *Graph) ShortestPaths(src string) ([]float64, []int) {
	n := len(g.Names)
	dist := make([]float64, n)
	prev := make([]int, n)
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	s := g.node(src)
	dist[s] = 0
	q := &minQ{{s, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.Adj[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func (g *Graph) Path(prev []int, to int) string {
	var p []string
	for v := to; v != -1; v = prev[v] {
		p = append(p, g.Names[v])
	}
	slices.Reverse(p)
	return strings.Join(p, "→")
}

func main() {
	g := &Graph{}
	for _, line := range strings.Split(`A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1`, "\n") {
		var a, b string
		var w float64
		fmt.Sscanf(line, "%s %s %g", &a, &b, &w)
		g.Connect(a, b, w)
	}
	dist, prev := g.ShortestPaths("A")
	for i, name := range g.Names {
		if math.IsInf(dist[i], 1) {
			fmt.Printf("%s: unreachable (%v)\n", name, dist[i])
			continue
		}
		fmt.Printf("%s: %5.1f via %s\n", name, dist[i], g.Path(prev, i))
	}
}

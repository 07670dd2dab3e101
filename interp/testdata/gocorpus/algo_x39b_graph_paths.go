package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(from, to string, w float64) {
	g.adj[from] = append(g.adj[from], Edge{to, w})
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

type item struct {
	node string
	dist float64
}
type minQ []item

func (q minQ) Len() int { return len(q) }
func (q minQ) Less(i, j int) bool {
	if q[i].dist == q[j].dist {
		return q[i].node < q[j].node
	}
	return q[i].dist < q[j].dist
}
func (q minQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)   { *q = append(*q, x.(item)) }
func (q *minQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func (g *Graph) ShortestPath(src, dst string) ([]string, float64) {
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	q := &minQ{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		if cur.node == dst {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, math.Inf(1)
	}
	path := []string{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for n, es := range g.adj {
		indeg[n] += 0
		for _, e := range es {
			indeg[e.To]++
		}
	}
	var ready, order []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			if indeg[e.To]--; indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("toposort: %w (%d of %d placed)", ErrCycle, len(order), len(indeg))
	}
	return order, nil
}

func main() {
	g := NewGraph()
	for _, s := range strings.Split("A-B:4 A-C:2 C-B:1 B-D:5 C-D:8 C-E:10 D-E:2 E-F:3 D-F:6", " ") {
		var from, to string
		var w float64
		fmt.Sscanf(strings.NewReplacer("-", " ", ":", " ").Replace(s), "%s %s %g", &from, &to, &w)
		g.AddEdge(from, to, w)
	}
	for _, pair := range [][2]string{{"A", "F"}, {"C", "E"}, {"F", "A"}, {"A", "A"}} {
		path, d := g.ShortestPath(pair[0], pair[1])
		fmt.Printf("%s->%s: %v %v\n", pair[0], pair[1], strings.Join(path, ">"), d)
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("F", "C", 1)
	order, err = g.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
}

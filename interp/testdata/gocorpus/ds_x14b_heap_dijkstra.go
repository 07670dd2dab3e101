package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	node string
	dist int
	idx  int
}

type PQ []*Item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	return p[i].dist < p[j].dist || (p[i].dist == p[j].dist && p[i].node < p[j].node)
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i]; p[i].idx = i; p[j].idx = j }
func (p *PQ) Push(x any)   { it := x.(*Item); it.idx = len(*p); *p = append(*p, it) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*p = old[:n-1]
	return it
}

type Graph map[string]map[string]int

func (g Graph) Edge(a, b string, w int) {
	if g[a] == nil {
		g[a] = map[string]int{}
	}
	if g[b] == nil {
		g[b] = map[string]int{}
	}
	g[a][b], g[b][a] = w, w
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{}
	heap.Push(pq, &Item{node: src})
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		if it.dist > dist[it.node] {
			continue
		}
		for nb, w := range g[it.node] {
			nd := it.dist + w
			if d, ok := dist[nb]; !ok || nd < d {
				dist[nb] = nd
				prev[nb] = it.node
				heap.Push(pq, &Item{node: nb, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := Graph{}
	g.Edge("A", "B", 4)
	g.Edge("A", "C", 2)
	g.Edge("B", "C", 5)
	g.Edge("B", "D", 10)
	g.Edge("C", "E", 3)
	g.Edge("E", "D", 4)
	g.Edge("D", "F", 11)
	dist, prev := g.Dijkstra("A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "F"} {
		fmt.Printf("%s: %d via %s\n", n, dist[n], path(prev, n))
	}
}

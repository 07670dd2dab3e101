package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type pqItem struct {
	node string
	dist int
}

type PQ []pqItem

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(pqItem)) }
func (p *PQ) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func (g Graph) ShortestPaths(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{{src, 0}}
	var order []string
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(pqItem)
		if cur.dist > dist[cur.node] {
			continue
		}
		order = append(order, cur.node)
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, pqItem{e.To, nd})
			}
		}
	}
	fmt.Println("visit order:", strings.Join(order, " "))
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for n, ok := to, true; ok; n, ok = prev[n] {
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
	}{{"A", "B", 4}, {"A", "C", 2}, {"B", "C", 1}, {"B", "D", 5}, {"C", "D", 8}, {"C", "E", 10}, {"D", "E", 2}, {"D", "F", 6}, {"E", "F", 2}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	g["Z"] = nil
	dist, prev := g.ShortestPaths("A")
	fmt.Println(dist)
	for _, n := range []string{"D", "F", "Z"} {
		if dist[n] == math.MaxInt {
			fmt.Println(n, "unreachable")
			continue
		}
		fmt.Println(n, dist[n], path(prev, n))
	}
}

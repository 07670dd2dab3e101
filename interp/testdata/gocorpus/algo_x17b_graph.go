package main

import (
	"container/heap"
	"fmt"
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

type item struct {
	node string
	dist int
}

type PQ []item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(item)) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	return it
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func (g Graph) BFS(src string) []string {
	seen := map[string]bool{src: true}
	queue := []string{src}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		var next []string
		for _, e := range g[n] {
			next = append(next, e.To)
		}
		slices.Sort(next)
		for _, m := range next {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("C", "B", 1)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("D", "E", 3)
	dist, prev := g.Dijkstra("A")
	fmt.Println(dist)
	for _, target := range []string{"D", "E"} {
		path := []string{target}
		for n := target; prev[n] != ""; n = prev[n] {
			path = append(path, prev[n])
		}
		slices.Reverse(path)
		fmt.Println(target, dist[target], strings.Join(path, "->"))
	}
	fmt.Println(g.BFS("E"))
	h := &PQ{{"x", 5}, {"y", 1}, {"z", 3}}
	heap.Init(h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(item), " ")
	}
	fmt.Println()
}

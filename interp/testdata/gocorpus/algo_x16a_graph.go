package main

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Edge struct {
	To   string
	Cost int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, c int) {
	g[a] = append(g[a], Edge{b, c})
	g[b] = append(g[b], Edge{a, c})
}

type item struct {
	node string
	dist int
}
type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	old := *p
	n := len(old)
	it := old[n-1]
	*p = old[:n-1]
	return it
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if d, ok := dist[cur.node]; ok && d < cur.dist {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Cost
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nb := make([]string, 0)
		for _, e := range g[n] {
			nb = append(nb, e.To)
		}
		slices.Sort(nb)
		for _, x := range nb {
			if !seen[x] {
				seen[x] = true
				queue = append(queue, x)
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
	for _, n := range []string{"B", "D", "E"} {
		fmt.Printf("%s: %s (%d)\n", n, strings.Join(path(prev, n), "->"), dist[n])
	}
	fmt.Println(g.BFS("E"))
}

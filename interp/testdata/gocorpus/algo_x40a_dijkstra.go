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

type minPQ []pqItem

func (q minPQ) Len() int { return len(q) }
func (q minPQ) Less(i, j int) bool {
	if q[i].dist == q[j].dist {
		return q[i].node < q[j].node
	}
	return q[i].dist < q[j].dist
}
func (q minPQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minPQ) Push(x any)   { *q = append(*q, x.(pqItem)) }
func (q *minPQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func (g Graph) ShortestPaths(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &minPQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(pqItem)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, pqItem{e.To, nd})
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

func bfs(g Graph, start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := g[n]
		names := make([]string, 0, len(nbrs))
		for _, e := range nbrs {
			names = append(names, e.To)
		}
		slices.Sort(names)
		for _, m := range names {
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
	g.AddEdge("B", "C", 1)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("C", "E", 10)
	g.AddEdge("D", "E", 2)
	g.AddEdge("D", "F", 6)
	g.AddEdge("E", "F", 2)
	g["G"] = nil

	dist, prev := g.ShortestPaths("A")
	fmt.Println(dist)
	for _, n := range []string{"D", "F", "G"} {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
	fmt.Println(bfs(g, "A"))
}

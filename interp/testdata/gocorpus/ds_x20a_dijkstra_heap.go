package main

import (
	"container/heap"
	"fmt"
	"math"
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
	node  string
	dist  int
	index int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*pq = old[:n-1]
	return it
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
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
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, &item{node: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g["Z"] = nil
	dist, prev := g.Dijkstra("A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "E", "F"} {
		fmt.Printf("%s: %d via %s\n", n, dist[n], path(prev, n))
	}
	fmt.Println(dist["Z"] == math.MaxInt)
	h := &PQ{}
	heap.Init(h)
	for i, w := range []string{"pear", "fig", "kiwi", "apple"} {
		heap.Push(h, &item{node: w, dist: len(w) * (i%2 + 1)})
	}
	for h.Len() > 0 {
		it := heap.Pop(h).(*item)
		fmt.Print(it.node, ":", it.dist, " ")
	}
	fmt.Println()
}

package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Edge struct {
	To     int
	Weight float64
}

type Item struct {
	node  int
	dist  float64
	index int
}

type PQ []*Item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].dist < pq[j].dist }
func (pq PQ) Swap(i, j int)      { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)        { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (pq *PQ) update(it *Item, d float64) {
	it.dist = d
	heap.Fix(pq, it.index)
}

func dijkstra(adj [][]Edge, src int) ([]float64, []int) {
	n := len(adj)
	dist := make([]float64, n)
	prev := make([]int, n)
	items := make([]*Item, n)
	pq := make(PQ, 0, n)
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
		items[i] = &Item{node: i, dist: dist[i]}
		heap.Push(&pq, items[i])
	}
	dist[src] = 0
	pq.update(items[src], 0)
	for pq.Len() > 0 {
		u := heap.Pop(&pq).(*Item)
		if math.IsInf(u.dist, 1) {
			break
		}
		for _, e := range adj[u.node] {
			if nd := dist[u.node] + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = u.node
				pq.update(items[e.To], nd)
			}
		}
	}
	return dist, prev
}

func path(prev []int, t int) []int {
	var p []int
	for ; t != -1; t = prev[t] {
		p = append([]int{t}, p...)
	}
	return p
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F", "G"}
	adj := make([][]Edge, len(names))
	add := func(u, v int, w float64) {
		adj[u] = append(adj[u], Edge{v, w})
		adj[v] = append(adj[v], Edge{u, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	fmt.Printf("%-4s|%8s|%s\n", "node", "dist", " path")
	fmt.Println("----+--------+-----------")
	for i, d := range dist {
		if math.IsInf(d, 1) {
			fmt.Printf("%-4s|%8s| unreachable\n", names[i], "inf")
			continue
		}
		var ps string
		for j, n := range path(prev, i) {
			if j > 0 {
				ps += "-"
			}
			ps += names[n]
		}
		fmt.Printf("%-4s|%8.2f| %s\n", names[i], d, ps)
	}
}

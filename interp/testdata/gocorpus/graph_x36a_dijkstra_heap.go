package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Edge struct {
	To, W int
}

type Item struct {
	node, dist int
}

type PQ []Item

func (p PQ) Len() int           { return len(p) }
func (p PQ) Less(i, j int) bool { return p[i].dist < p[j].dist }
func (p PQ) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)        { *p = append(*p, x.(Item)) }
func (p *PQ) Pop() any          { old := *p; it := old[len(old)-1]; *p = old[:len(old)-1]; return it }
func (p PQ) Peek() (Item, bool) {
	if len(p) == 0 {
		return Item{}, false
	}
	return p[0], true
}

func dijkstra(adj map[int][]Edge, n, src int) ([]int, []int) {
	dist := make([]int, n)
	prev := make([]int, n)
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(Item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range adj[cur.node] {
			if nd := cur.dist + e.W; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(pq, Item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for v := to; v != -1; v = prev[v] {
		p = append([]int{v}, p...)
	}
	return p
}

// networkDelayTime is LeetCode 743.
func networkDelayTime(times [][]int, n, k int) int {
	adj := map[int][]Edge{}
	for _, t := range times {
		adj[t[0]-1] = append(adj[t[0]-1], Edge{t[1] - 1, t[2]})
	}
	dist, _ := dijkstra(adj, n, k-1)
	worst := 0
	for _, d := range dist {
		if d == math.MaxInt {
			return -1
		}
		worst = max(worst, d)
	}
	return worst
}

func main() {
	adj := map[int][]Edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	dist, prev := dijkstra(adj, 6, 0)
	for v, d := range dist {
		if d == math.MaxInt {
			fmt.Printf("node %d: unreachable\n", v)
			continue
		}
		fmt.Printf("node %d: dist=%d path=%v\n", v, d, path(prev, v))
	}
	fmt.Println(networkDelayTime([][]int{{2, 1, 1}, {2, 3, 1}, {3, 4, 1}}, 4, 2))
	fmt.Println(networkDelayTime([][]int{{1, 2, 1}}, 2, 2))
	pq := PQ{}
	heap.Init(&pq)
	for i, d := range []int{5, 3, 8, 1} {
		heap.Push(&pq, Item{i, d})
	}
	top, ok := pq.Peek()
	fmt.Printf("%+v %v %d\n", top, ok, pq.Len())
}

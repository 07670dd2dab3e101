package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Item struct {
	node  string
	dist  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].dist < pq[j].dist }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (pq *PQ) update(it *Item, dist int) {
	it.dist = dist
	heap.Fix(pq, it.index)
}

type Graph map[string]map[string]int

func (g Graph) AddEdge(a, b string, w int) {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if g[p[0]] == nil {
			g[p[0]] = map[string]int{}
		}
		g[p[0]][p[1]] = w
	}
}

func (g Graph) ShortestPaths(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	items := map[string]*Item{}
	pq := PQ{}
	for n := range g {
		d := math.MaxInt
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &Item{node: n, dist: d}
		items[n] = it
		heap.Push(&pq, it)
	}
	for pq.Len() > 0 {
		u := heap.Pop(&pq).(*Item)
		if u.dist == math.MaxInt {
			break
		}
		for v, w := range g[u.node] {
			it := items[v]
			if it.index < 0 {
				continue
			}
			if alt := u.dist + w; alt < it.dist || (alt == it.dist && u.node < prev[v]) {
				dist[v] = alt
				prev[v] = u.node
				pq.update(it, alt)
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
	return strings.Join(p, " -> ")
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
	g["Z"] = map[string]int{}
	dist, prev := g.ShortestPaths("A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "E", "F"} {
		fmt.Printf("%s: %-22s (%d)\n", n, path(prev, n), dist[n])
	}
	if dist["Z"] == math.MaxInt {
		fmt.Println("Z unreachable")
	}

	pq := &PQ{}
	heap.Init(pq)
	for i, w := range strings.Fields("delta alpha charlie bravo") {
		heap.Push(pq, &Item{node: w, dist: len(w)*10 - i})
	}
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		fmt.Printf("%s:%d ", it.node, it.dist)
	}
	fmt.Println()
}

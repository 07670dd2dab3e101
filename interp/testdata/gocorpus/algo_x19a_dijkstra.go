package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph map[string][]Edge

type item struct {
	node string
	dist float64
	idx  int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist == q[j].dist {
		return q[i].node < q[j].node
	}
	return q[i].dist < q[j].dist
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)   { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func (g Graph) ShortestPaths(src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	q := &pq{{node: src}}
	visited := map[string]bool{}
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		if visited[cur.node] {
			continue
		}
		visited[cur.node] = true
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, &item{node: e.To, dist: nd})
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
	add := func(a, b string, w float64) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add("A", "B", 4)
	add("A", "C", 2)
	add("B", "C", 1.5)
	add("B", "D", 5)
	add("C", "E", 10)
	add("D", "E", 3)
	add("D", "F", 11)
	add("E", "F", 2.25)
	g["Z"] = nil
	dist, prev := g.ShortestPaths("A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "Z"} {
		d, ok := dist[n]
		if !ok {
			d = math.Inf(1)
		}
		fmt.Printf("%s %6.2f %s\n", n, d, path(prev, n))
	}
	fmt.Println(dist)
}

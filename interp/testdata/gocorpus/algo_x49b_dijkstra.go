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

type item struct {
	v    string
	dist int
}

type minQ []item

func (q minQ) Len() int { return len(q) }
func (q minQ) Less(i, j int) bool {
	if q[i].dist == q[j].dist {
		return q[i].v < q[j].v
	}
	return q[i].dist < q[j].dist
}
func (q minQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)   { *q = append(*q, x.(item)) }
func (q *minQ) Pop() any {
	o := *q
	it := o[len(o)-1]
	*q = o[:len(o)-1]
	return it
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	for u := range g {
		dist[u] = math.MaxInt
	}
	dist[src] = 0
	prev := map[string]string{}
	done := map[string]bool{}
	q := &minQ{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		if done[it.v] {
			continue
		}
		done[it.v] = true
		fmt.Printf("extract %s d=%d\n", it.v, it.dist)
		for _, e := range g[it.v] {
			if nd := dist[it.v] + e.Weight; nd < dist[e.To] {
				fmt.Printf("  relax %s->%s: %v -> %d\n", it.v, e.To, fmtDist(dist[e.To]), nd)
				dist[e.To] = nd
				prev[e.To] = it.v
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func fmtDist(d int) string {
	if d == math.MaxInt {
		return "inf"
	}
	return fmt.Sprint(d)
}

func route(prev map[string]string, v string) string {
	var parts []string
	for ; v != ""; v = prev[v] {
		parts = append([]string{v}, parts...)
	}
	return strings.Join(parts, " > ")
}

func main() {
	g := map[string][]Edge{
		"s": {{"t", 10}, {"y", 5}},
		"t": {{"x", 1}, {"y", 2}},
		"y": {{"t", 3}, {"x", 9}, {"z", 2}},
		"x": {{"z", 4}},
		"z": {{"s", 7}, {"x", 6}},
		"w": nil,
	}
	dist, prev := dijkstra(g, "s")
	for _, v := range []string{"s", "t", "x", "y", "z", "w"} {
		fmt.Printf("%s: %-4s via %s\n", v, fmtDist(dist[v]), route(prev, v))
	}
}

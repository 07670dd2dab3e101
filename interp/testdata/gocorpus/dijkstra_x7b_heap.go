// Exercises: Dijkstra's shortest paths with container/heap over a struct slice, adjacency map[string][]edge, path reconstruction, math.MaxInt as infinity, unreachable nodes.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type edge struct {
	to string
	w  int
}

type item struct {
	node string
	dist int
}

type minQ []item

func (q minQ) Len() int           { return len(q) }
func (q minQ) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q minQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *minQ) Push(x any)        { *q = append(*q, x.(item)) }
func (q *minQ) Pop() (x any)      { x, *q = (*q)[len(*q)-1], (*q)[:len(*q)-1]; return }

func dijkstra(g map[string][]edge, src string) (map[string]int, map[string]string) {
	dist, prev := map[string]int{src: 0}, map[string]string{}
	q := &minQ{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.w
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to], prev[e.to] = nd, cur.node
				heap.Push(q, item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	g := map[string][]edge{
		"A": {{"B", 4}, {"C", 1}}, "C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}, {"E", 5}}, "D": {{"E", 1}}, "F": {{"A", 1}},
	}
	dist, prev := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F"} {
		d, ok := dist[n]
		if !ok {
			d = math.MaxInt
		}
		var path []string
		for at := n; ok; at, ok = prev[at] {
			path = append([]string{at}, path...)
		}
		fmt.Printf("%s %d %s\n", n, d, strings.Join(path, "->"))
	}
	fmt.Println(len(prev), len(dist))
}

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

func (g Graph) AddEdge(from, to string, w int) {
	g[from] = append(g[from], Edge{to, w})
}

type item struct {
	vertex string
	dist   int
	index  int
}

type pq []*item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].vertex < p[j].vertex
	}
	return p[i].dist < p[j].dist
}
func (p pq) Swap(i, j int) {
	p[i], p[j] = p[j], p[i]
	p[i].index = i
	p[j].index = j
}
func (p *pq) Push(x any) {
	it := x.(*item)
	it.index = len(*p)
	*p = append(*p, it)
}
func (p *pq) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq{{vertex: src}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		if d, ok := dist[cur.vertex]; ok && d < cur.dist {
			continue
		}
		for _, e := range g[cur.vertex] {
			nd := cur.dist + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = cur.vertex
				heap.Push(q, &item{vertex: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for v := dst; ; v = prev[v] {
		p = append([]string{v}, p...)
		if v == src {
			return p
		}
		if _, ok := prev[v]; !ok {
			return nil
		}
	}
}

func main() {
	g := Graph{}
	for _, e := range []struct {
		a, b string
		w    int
	}{
		{"a", "b", 7}, {"a", "c", 9}, {"a", "f", 14}, {"b", "c", 10},
		{"b", "d", 15}, {"c", "d", 11}, {"c", "f", 2}, {"d", "e", 6},
		{"e", "f", 9},
	} {
		g.AddEdge(e.a, e.b, e.w)
	}
	dist, prev := g.Dijkstra("a")
	for _, v := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		d, ok := dist[v]
		if !ok {
			fmt.Printf("%s: unreachable (%v)\n", v, math.Inf(1))
			continue
		}
		fmt.Printf("%s: %2d via %s\n", v, d, strings.Join(path(prev, "a", v), " -> "))
	}
	fmt.Println(dist)
	fmt.Printf("%v\n", g["a"])
	fmt.Printf("%+v\n", g["c"][0])
}

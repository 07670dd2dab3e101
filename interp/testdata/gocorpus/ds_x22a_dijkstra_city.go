package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To   string
	Cost float64
}

type Graph map[string][]Edge

func (g Graph) AddRoad(a, b string, c float64) {
	g[a] = append(g[a], Edge{b, c})
	g[b] = append(g[b], Edge{a, c})
}

type item struct {
	node string
	dist float64
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
func (p *pq) Pop() (x any) { x, *p = (*p)[len(*p)-1], (*p)[:len(*p)-1]; return }

func (g Graph) Shortest(src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.Cost; nd < dist[e.To] {
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
	for n := to; n != ""; n = prev[n] {
		p = append(p, n)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{}
	g.AddRoad("depot", "mill", 4)
	g.AddRoad("depot", "farm", 2.5)
	g.AddRoad("farm", "mill", 1)
	g.AddRoad("mill", "market", 5)
	g.AddRoad("farm", "bridge", 7)
	g.AddRoad("bridge", "market", 1.25)
	g.AddRoad("market", "castle", 3)
	g["island"] = nil
	dist, prev := g.Shortest("depot")
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range g {
			if !yield(k) {
				return
			}
		}
	})
	for _, n := range names {
		if math.IsInf(dist[n], 1) {
			fmt.Printf("%-7s unreachable\n", n)
			continue
		}
		fmt.Printf("%-7s %5.2f %s\n", n, dist[n], strings.Join(path(prev, n), ">"))
	}
	fmt.Println(dist["island"], len(prev))
}

package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"math"
	"strings"
)

const input = `A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20`

type edge struct {
	to string
	w  int
}

type item struct {
	node string
	dist int
}

type PQ []item

func (p PQ) Len() int           { return len(p) }
func (p PQ) Less(i, j int) bool { return p[i].dist < p[j].dist }
func (p PQ) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)        { *p = append(*p, x.(item)) }
func (p *PQ) Pop() any          { old := *p; n := len(old); it := old[n-1]; *p = old[:n-1]; return it }

func main() {
	g := map[string][]edge{}
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		var a, b string
		var w int
		if _, err := fmt.Sscan(sc.Text(), &a, &b, &w); err != nil {
			panic(err)
		}
		g[a] = append(g[a], edge{b, w})
		g[b] = append(g[b], edge{a, w})
	}
	dist := map[string]int{}
	prev := map[string]string{}
	for k := range g {
		dist[k] = math.MaxInt
	}
	dist["A"] = 0
	pq := &PQ{{"A", 0}}
	pops := 0
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		pops++
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, item{e.to, nd})
			}
		}
	}
	fmt.Println(dist)
	path := []string{"F"}
	for at := "F"; at != "A"; {
		at = prev[at]
		path = append([]string{at}, path...)
	}
	fmt.Println(strings.Join(path, " -> "), "pops:", pops)
}

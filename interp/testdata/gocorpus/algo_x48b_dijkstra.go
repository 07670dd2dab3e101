package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type WeightedGraph[N comparable] map[N]map[N]float64

func (g WeightedGraph[N]) Connect(a, b N, w float64) {
	for _, p := range [][2]N{{a, b}, {b, a}} {
		if g[p[0]] == nil {
			g[p[0]] = map[N]float64{}
		}
		g[p[0]][p[1]] = w
	}
}

type qItem[N any] struct {
	node N
	dist float64
}

type minQ[N any] []qItem[N]

func (q minQ[N]) Len() int           { return len(q) }
func (q minQ[N]) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q minQ[N]) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *minQ[N]) Push(x any)        { *q = append(*q, x.(qItem[N])) }
func (q *minQ[N]) Pop() (x any)      { x, *q = (*q)[len(*q)-1], (*q)[:len(*q)-1]; return }
func (q minQ[N]) Peek() (N, float64) { return q[0].node, q[0].dist }
func (q minQ[N]) Empty() bool        { return len(q) == 0 }
func (g WeightedGraph[N]) Size() int { return len(g) }

func (g WeightedGraph[N]) ShortestPath(src, dst N) ([]N, float64) {
	dist := map[N]float64{src: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	q := &minQ[N]{{src, 0}}
	for !q.Empty() {
		it := heap.Pop(q).(qItem[N])
		if done[it.node] {
			continue
		}
		done[it.node] = true
		if it.node == dst {
			break
		}
		for nb, w := range g[it.node] {
			nd := it.dist + w
			if d, ok := dist[nb]; !ok || nd < d {
				dist[nb] = nd
				prev[nb] = it.node
				heap.Push(q, qItem[N]{nb, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, math.Inf(1)
	}
	path := []N{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d
}

func main() {
	g := WeightedGraph[string]{}
	g.Connect("home", "cafe", 2)
	g.Connect("home", "park", 5)
	g.Connect("cafe", "park", 1.5)
	g.Connect("park", "office", 2)
	g.Connect("cafe", "office", 6)
	g.Connect("lake", "cabin", 1)
	for _, dst := range []string{"office", "park", "home", "cabin"} {
		p, d := g.ShortestPath("home", dst)
		fmt.Printf("%-6s %-28s %v\n", dst, strings.Join(p, "->"), d)
	}
	fmt.Println("nodes", g.Size())

	type pt struct{ x, y int }
	grid := WeightedGraph[pt]{}
	for x := range 3 {
		for y := range 3 {
			if x < 2 {
				grid.Connect(pt{x, y}, pt{x + 1, y}, float64(1+y))
			}
			if y < 2 {
				grid.Connect(pt{x, y}, pt{x, y + 1}, float64(1+x)+0.5)
			}
		}
	}
	p, d := grid.ShortestPath(pt{0, 0}, pt{2, 2})
	fmt.Println(p, d)
}

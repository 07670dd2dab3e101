package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type pqImpl[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (p *pqImpl[T]) Len() int           { return len(p.items) }
func (p *pqImpl[T]) Less(i, j int) bool { return p.less(p.items[i], p.items[j]) }
func (p *pqImpl[T]) Swap(i, j int)      { p.items[i], p.items[j] = p.items[j], p.items[i] }
func (p *pqImpl[T]) Push(x any)         { p.items = append(p.items, x.(T)) }
func (p *pqImpl[T]) Pop() any {
	n := len(p.items) - 1
	x := p.items[n]
	p.items = p.items[:n]
	return x
}

type PQ[T any] struct{ impl *pqImpl[T] }

func NewPQ[T any](less func(a, b T) bool) PQ[T] {
	return PQ[T]{&pqImpl[T]{less: less}}
}

func (q PQ[T]) Push(x T)    { heap.Push(q.impl, x) }
func (q PQ[T]) Pop() T      { return heap.Pop(q.impl).(T) }
func (q PQ[T]) Len() int    { return q.impl.Len() }
func (q PQ[T]) Peek() T     { return q.impl.items[0] }
func (q PQ[T]) Empty() bool { return q.Len() == 0 }

type WEdge[W Number] struct {
	U, V int
	W    W
}

func Prim[W Number](n int, edges []WEdge[W]) ([]WEdge[W], W) {
	adj := make([][]WEdge[W], n)
	for _, e := range edges {
		adj[e.U] = append(adj[e.U], e)
		adj[e.V] = append(adj[e.V], WEdge[W]{e.V, e.U, e.W})
	}
	in := make([]bool, n)
	pq := NewPQ(func(a, b WEdge[W]) bool {
		if a.W != b.W {
			return a.W < b.W
		}
		return a.V < b.V
	})
	var tree []WEdge[W]
	var total W
	in[0] = true
	for _, e := range adj[0] {
		pq.Push(e)
	}
	for !pq.Empty() {
		e := pq.Pop()
		if in[e.V] {
			continue
		}
		in[e.V] = true
		tree = append(tree, e)
		total += e.W
		for _, f := range adj[e.V] {
			if !in[f.V] {
				pq.Push(f)
			}
		}
	}
	return tree, total
}

func show[W Number](title string, tree []WEdge[W], total W) {
	fmt.Println(title)
	fmt.Println(strings.Repeat("-", len(title)))
	for _, e := range tree {
		fmt.Printf("  %d - %d : %v\n", e.U, e.V, e.W)
	}
	fmt.Printf("  total %v (%T)\n", total, total)
}

type Meters float64

func main() {
	ints := []WEdge[int]{{0, 1, 2}, {0, 3, 6}, {1, 2, 3}, {1, 3, 8}, {1, 4, 5}, {2, 4, 7}, {3, 4, 9}}
	t1, w1 := Prim(5, ints)
	show("integer weights", t1, w1)
	fl := []WEdge[Meters]{{0, 1, 1.5}, {1, 2, 0.25}, {0, 2, 1.7}, {2, 3, 2.125}, {3, 0, 3}}
	t2, w2 := Prim(4, fl)
	show("meters", t2, w2)
	words := NewPQ(func(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) })
	for _, w := range strings.Fields("dijkstra prim kruskal bfs dfs tarjan floyd") {
		words.Push(w)
	}
	fmt.Println("peek:", words.Peek())
	var out []string
	for words.Len() > 0 {
		out = append(out, words.Pop())
	}
	fmt.Println(out)
}

package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
)

type Item[T any] struct {
	Value    T
	Priority int
}

type pq[T any] []Item[T]

func (q pq[T]) Len() int             { return len(q) }
func (q pq[T]) Less(i, j int) bool   { return q[i].Priority < q[j].Priority }
func (q pq[T]) Swap(i, j int)        { q[i], q[j] = q[j], q[i] }
func (q *pq[T]) Push(x any)          { *q = append(*q, x.(Item[T])) }
func (q *pq[T]) Pop() any            { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }
func (q *pq[T]) PushItem(v T, p int) { heap.Push(q, Item[T]{v, p}) }
func (q *pq[T]) PopItem() Item[T]    { return heap.Pop(q).(Item[T]) }

type Edge struct {
	To     string
	Weight int
}

func Dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq[string]{}
	q.PushItem(src, 0)
	for q.Len() > 0 {
		it := q.PopItem()
		if d, ok := dist[it.Value]; ok && it.Priority > d {
			continue
		}
		for _, e := range g[it.Value] {
			nd := it.Priority + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				prev[e.To] = it.Value
				q.PushItem(e.To, nd)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"E": {{"D", 4}},
		"D": {{"F", 11}},
	}
	dist, prev := Dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "Z"} {
		d, ok := dist[n]
		if !ok {
			fmt.Printf("%s unreachable (inf=%v)\n", n, math.Inf(1))
			continue
		}
		fmt.Printf("%s %2d %v\n", n, d, path(prev, n))
	}

	tasks := &pq[string]{}
	heap.Init(tasks)
	for i, t := range []string{"write", "test", "deploy", "review", "plan"} {
		tasks.PushItem(t, (i*7)%5)
	}
	for tasks.Len() > 0 {
		it := tasks.PopItem()
		fmt.Printf("%d:%s ", it.Priority, it.Value)
	}
	fmt.Println()
	fmt.Printf("%+v\n", Item[float64]{3.5, 1})
}

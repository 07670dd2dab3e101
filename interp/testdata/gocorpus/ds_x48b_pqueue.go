package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type item[T any, P cmp.Ordered] struct {
	value    T
	priority P
	index    int
}

type pq[T any, P cmp.Ordered] []*item[T, P]

func (q pq[T, P]) Len() int           { return len(q) }
func (q pq[T, P]) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q pq[T, P]) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq[T, P]) Push(x any) {
	it := x.(*item[T, P])
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq[T, P]) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

type PriorityQueue[T any, P cmp.Ordered] struct {
	q pq[T, P]
}

func (p *PriorityQueue[T, P]) Push(v T, pr P) *item[T, P] {
	it := &item[T, P]{value: v, priority: pr}
	heap.Push(&p.q, it)
	return it
}

func (p *PriorityQueue[T, P]) Pop() (T, P) {
	it := heap.Pop(&p.q).(*item[T, P])
	return it.value, it.priority
}

func (p *PriorityQueue[T, P]) Update(it *item[T, P], pr P) {
	it.priority = pr
	heap.Fix(&p.q, it.index)
}

func (p *PriorityQueue[T, P]) Len() int { return p.q.Len() }

type Task struct {
	Name string
	Cost int
}

func main() {
	var tasks PriorityQueue[Task, int]
	handles := map[string]*item[Task, int]{}
	for i, n := range strings.Fields("build test lint deploy docs") {
		t := Task{n, (i*7)%5 + 1}
		handles[n] = tasks.Push(t, t.Cost)
	}
	tasks.Update(handles["docs"], 10)
	tasks.Update(handles["build"], 0)
	for tasks.Len() > 0 {
		t, p := tasks.Pop()
		fmt.Printf("%-7s prio=%2d %+v\n", t.Name, p, t)
	}

	var words PriorityQueue[string, float64]
	for _, w := range []string{"kiwi", "fig", "banana", "apple"} {
		words.Push(w, 1/float64(len(w)))
	}
	for words.Len() > 0 {
		w, p := words.Pop()
		fmt.Printf("%s %.3f\n", w, p)
	}

	var sp PriorityQueue[int, string]
	sp.Push(1, "m")
	sp.Push(2, "z")
	sp.Push(3, "a")
	v, p := sp.Pop()
	fmt.Println(v, p, sp.Len())
}

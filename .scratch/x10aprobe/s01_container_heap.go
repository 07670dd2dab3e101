package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type task struct {
	name string
	prio int
}

type pq []*task

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(*task)) }
func (q *pq) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	o := *h
	v := o[len(o)-1]
	*h = o[:len(o)-1]
	return v
}

func main() {
	q := &pq{{"write", 2}, {"test", 5}}
	heap.Init(q)
	heap.Push(q, &task{"ship", 9})
	heap.Push(q, &task{"lint", 1})
	for q.Len() > 0 {
		t := heap.Pop(q).(*task)
		fmt.Print(t.name, ":", t.prio, " ")
	}
	fmt.Println()
	h := &ints{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println((*h)[0], heap.Pop(h), heap.Pop(h), h.Len())
	l := list.New()
	l.PushBack(task{"a", 1})
	l.PushFront(task{"b", 2})
	for e := l.Front(); e != nil; e = e.Next() {
		t := e.Value.(task)
		fmt.Print(t.name, " ")
	}
	fmt.Println(l.Len())
}

package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority == pq[j].priority {
		return pq[i].name < pq[j].name
	}
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println((*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	pq := PQ{}
	tasks := map[string]int{"write": 2, "test": 3, "deploy": 1, "review": 3}
	for _, name := range []string{"write", "test", "deploy", "review"} {
		heap.Push(&pq, &Task{name: name, priority: tasks[name]})
	}
	deploy := pq[0]
	for _, t := range pq {
		if t.name == "deploy" {
			deploy = t
		}
	}
	deploy.priority = 5
	heap.Fix(&pq, deploy.index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()

	r := ring.New(4)
	for i := range 4 {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Len())
}

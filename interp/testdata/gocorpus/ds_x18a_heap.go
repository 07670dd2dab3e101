package main

import (
	"container/heap"
	"fmt"
	"strings"
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

func (pq *PQ) update(t *Task, p int) {
	t.priority = p
	heap.Fix(pq, t.index)
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

func kSmallest(xs []int, k int) []int {
	h := IntHeap(append([]int(nil), xs...))
	heap.Init(&h)
	var out []int
	for range k {
		out = append(out, heap.Pop(&h).(int))
	}
	return out
}

func main() {
	pq := PQ{}
	heap.Init(&pq)
	tasks := map[string]*Task{}
	for i, name := range strings.Fields("email build test deploy review lunch") {
		t := &Task{name: name, priority: (i * 7) % 5}
		tasks[name] = t
		heap.Push(&pq, t)
	}
	pq.update(tasks["lunch"], 10)
	pq.update(tasks["build"], 0)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%-7s p=%d\n", t.name, t.priority)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6}, 4))
}

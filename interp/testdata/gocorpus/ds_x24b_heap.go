package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
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

func (pq *PQ) Update(t *Task, prio int) {
	t.Priority = prio
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

func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, -n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]int, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = -heap.Pop(h).(int)
	}
	return out
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	tasks := map[string]*Task{}
	for i, spec := range strings.Fields("email:2 build:5 test:5 deploy:1 lint:3") {
		name, p, _ := strings.Cut(spec, ":")
		t := &Task{Name: name, Priority: int(p[0] - '0'), Seq: i}
		tasks[name] = t
		heap.Push(pq, t)
	}
	pq.Update(tasks["deploy"], 9)
	pq.Update(tasks["build"], 0)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%-6s p=%d seq=%d idx=%d\n", t.Name, t.Priority, t.Seq, t.index)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6, 3}, 3))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	fmt.Println((*h)[0], h.Len(), *h)
	heap.Remove(h, 1)
	var drained []int
	for h.Len() > 0 {
		drained = append(drained, heap.Pop(h).(int))
	}
	fmt.Println(drained)
}

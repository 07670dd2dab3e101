package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
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

func (pq *PQ) update(t *Task, prio int) {
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
	h := IntHeap(append([]int(nil), nums...))
	heap.Init(&h)
	var out []int
	for range min(k, len(nums)) {
		out = append(out, heap.Pop(&h).(int))
	}
	return out
}

func main() {
	pq := PQ{}
	tasks := map[string]*Task{}
	for i, name := range strings.Fields("write test deploy review fix") {
		t := &Task{Name: name, Priority: (i * 3) % 5}
		tasks[name] = t
		heap.Push(&pq, t)
	}
	pq.update(tasks["write"], 10)
	heap.Remove(&pq, tasks["fix"].index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%-7s p=%d idx=%d\n", t.Name, t.Priority, t.index)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6}, 3))
	fmt.Println(kSmallest([]int{5}, 3))
}

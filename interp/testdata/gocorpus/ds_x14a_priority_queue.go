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

func main() {
	tasks := map[string]int{"write docs": 2, "fix bug": 5, "review": 3, "lunch": 5, "deploy": 1}
	pq := PQ{}
	byName := map[string]*Task{}
	for _, name := range []string{"write docs", "fix bug", "review", "lunch", "deploy"} {
		t := &Task{Name: name, Priority: tasks[name]}
		byName[name] = t
		heap.Push(&pq, t)
	}
	pq.Update(byName["deploy"], 9)
	pq.Update(byName["lunch"], 0)
	var order []string
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Println(byName["deploy"].index)

	h := &IntHeap{9, 4, 7, 1}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println("min:", (*h)[0], "len:", h.Len())
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println(sorted)
	k := 3
	top := &IntHeap{}
	for _, v := range []int{5, 1, 9, 3, 7, 2, 8, 6, 4} {
		heap.Push(top, v)
		if top.Len() > k {
			heap.Pop(top)
		}
	}
	fmt.Println("top3 heap:", *top)
}

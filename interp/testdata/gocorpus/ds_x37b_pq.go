// A priority queue of jobs built on container/heap, with updates.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	name     string
	priority int
	index    int
}

type PriorityQueue []*Job

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	job := x.(*Job)
	job.index = len(*pq)
	*pq = append(*pq, job)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	job := old[n-1]
	old[n-1] = nil
	job.index = -1
	*pq = old[:n-1]
	return job
}

func (pq *PriorityQueue) update(job *Job, priority int) {
	job.priority = priority
	heap.Fix(pq, job.index)
}

// IntHeap is a min-heap of ints.
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

// kSmallest returns the k smallest values using a heap.
func kSmallest(xs []int, k int) []int {
	h := IntHeap(append([]int(nil), xs...))
	heap.Init(&h)
	var out []int
	for range min(k, len(xs)) {
		out = append(out, heap.Pop(&h).(int))
	}
	return out
}

func main() {
	jobs := map[string]int{"build": 3, "test": 2, "deploy": 1, "lint": 2, "docs": 0}
	pq := make(PriorityQueue, 0, len(jobs))
	for _, name := range []string{"build", "test", "deploy", "lint", "docs"} {
		heap.Push(&pq, &Job{name: name, priority: jobs[name]})
	}
	urgent := &Job{name: "hotfix", priority: 1}
	heap.Push(&pq, urgent)
	pq.update(urgent, 10)

	var order []string
	for pq.Len() > 0 {
		j := heap.Pop(&pq).(*Job)
		order = append(order, fmt.Sprintf("%s:%d", j.name, j.priority))
	}
	fmt.Println(strings.Join(order, " "))

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d len=%d\n", (*h)[0], h.Len())
	heap.Remove(h, 1)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6, 3, 5}, 4), kSmallest([]int{2, 1}, 5))
}

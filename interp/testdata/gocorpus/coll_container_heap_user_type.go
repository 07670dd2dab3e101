// Exercises: container/heap with a user priority queue type and Fix/updates.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
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
	*pq = old[:n-1]
	return t
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	tasks := map[string]int{"write": 3, "test": 5, "deploy": 1, "review": 4}
	byName := map[string]*Task{}
	for _, n := range []string{"write", "test", "deploy", "review"} {
		t := &Task{name: n, priority: tasks[n]}
		byName[n] = t
		heap.Push(pq, t)
	}
	byName["deploy"].priority = 10
	heap.Fix(pq, byName["deploy"].index)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Println(t.name, t.priority)
	}
}

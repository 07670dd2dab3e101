// Exercises: container/heap priority queue of *Task with index tracking, heap.Fix for update, heap.Remove, Stringer on pointer.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

func (t *Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

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

func main() {
	tasks := map[string]*Task{}
	pq := PQ{}
	for i, name := range []string{"write", "test", "deploy", "review", "lint"} {
		t := &Task{Name: name, Priority: (i * 7) % 5}
		tasks[name] = t
		pq = append(pq, t)
		t.index = i
	}
	heap.Init(&pq)
	fmt.Println("top:", pq[0], "len", pq.Len())
	tasks["lint"].Priority = 10
	heap.Fix(&pq, tasks["lint"].index)
	heap.Push(&pq, &Task{Name: "hotfix", Priority: 4})
	removed := heap.Remove(&pq, tasks["test"].index).(*Task)
	fmt.Println("removed", removed, removed.index)
	var order []*Task
	for pq.Len() > 0 {
		order = append(order, heap.Pop(&pq).(*Task))
	}
	fmt.Println(order)
	fmt.Printf("%v %s\n", tasks["write"], tasks["deploy"])
}

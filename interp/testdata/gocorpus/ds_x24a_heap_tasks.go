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

func (pq *PQ) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(pq, t.index)
}

func main() {
	tasks := map[string]int{"write": 3, "test": 5, "deploy": 1, "review": 4, "lint": 5, "docs": 2}
	pq := make(PQ, 0, len(tasks))
	byName := map[string]*Task{}
	for name, p := range tasks {
		t := &Task{Name: name, Priority: p}
		byName[name] = t
		heap.Push(&pq, t)
	}
	fmt.Println("top:", pq[0], "len:", pq.Len())
	pq.update(byName["deploy"], 9)
	pq.update(byName["lint"], 0)
	heap.Remove(&pq, byName["docs"].index)
	var order []string
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		order = append(order, t.String())
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Println(byName["docs"].index, byName["lint"])
	fmt.Printf("%v\n", tasks)
}

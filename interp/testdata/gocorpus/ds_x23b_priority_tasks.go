package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Task struct {
	Name     string
	Priority int
	Due      time.Time
	index    int
}

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Due.Before(q[j].Due)
}
func (q PQ) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *PQ) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(q, t.index)
}

func main() {
	base := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	tasks := map[string]*Task{}
	q := &PQ{}
	heap.Init(q)
	specs := []struct {
		name string
		prio int
		in   time.Duration
	}{
		{"deploy", 2, 3 * time.Hour},
		{"review", 1, time.Hour},
		{"hotfix", 5, 30 * time.Minute},
		{"docs", 1, 20 * time.Minute},
		{"backup", 3, 24 * time.Hour},
	}
	for _, s := range specs {
		t := &Task{Name: s.name, Priority: s.prio, Due: base.Add(s.in)}
		tasks[s.name] = t
		heap.Push(q, t)
	}
	q.update(tasks["docs"], 4)
	heap.Remove(q, tasks["backup"].index)
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		fmt.Printf("%-7s p%d due %s (in %v) idx=%d\n", t.Name, t.Priority, t.Due.Format("Jan 02 15:04"), t.Due.Sub(base), t.index)
	}
	fmt.Println(tasks["backup"].index, len(tasks))
}

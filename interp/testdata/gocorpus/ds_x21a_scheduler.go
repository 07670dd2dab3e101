package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Deps     []string
	Cost     int
	index    int
}

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}
func (q PQ) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *PQ) Push(x any)   { t := x.(*Task); t.index = len(*q); *q = append(*q, t) }
func (q *PQ) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	t.index = -1
	return t
}

type CycleError struct{ Remaining []string }

func (e CycleError) Error() string { return "cycle among: " + strings.Join(e.Remaining, ", ") }

func Schedule(tasks []*Task, workers int) ([]string, int, error) {
	indeg := map[string]int{}
	rdeps := map[string][]*Task{}
	for _, t := range tasks {
		indeg[t.Name] += 0
		for _, d := range t.Deps {
			indeg[t.Name]++
			rdeps[d] = append(rdeps[d], t)
		}
	}
	ready := &PQ{}
	for _, t := range tasks {
		if indeg[t.Name] == 0 {
			heap.Push(ready, t)
		}
	}
	var order []string
	free := make([]int, workers) // time each worker becomes free
	finish := map[string]int{}
	makespan := 0
	for ready.Len() > 0 {
		t := heap.Pop(ready).(*Task)
		w := 0
		for i := range free {
			if free[i] < free[w] {
				w = i
			}
		}
		start := free[w]
		for _, d := range t.Deps {
			start = max(start, finish[d])
		}
		finish[t.Name] = start + t.Cost
		free[w] = finish[t.Name]
		makespan = max(makespan, free[w])
		order = append(order, fmt.Sprintf("%s@w%d[%d-%d]", t.Name, w, start, finish[t.Name]))
		for _, n := range rdeps[t.Name] {
			if indeg[n.Name]--; indeg[n.Name] == 0 {
				heap.Push(ready, n)
			}
		}
	}
	if len(order) != len(tasks) {
		var rem []string
		for _, t := range tasks {
			if indeg[t.Name] > 0 {
				rem = append(rem, t.Name)
			}
		}
		return order, makespan, CycleError{rem}
	}
	return order, makespan, nil
}

func main() {
	mk := func() []*Task {
		return []*Task{
			{Name: "fetch", Priority: 5, Cost: 3},
			{Name: "lint", Priority: 1, Cost: 1},
			{Name: "build", Priority: 4, Deps: []string{"fetch"}, Cost: 5},
			{Name: "test", Priority: 3, Deps: []string{"build"}, Cost: 4},
			{Name: "docs", Priority: 3, Deps: []string{"fetch"}, Cost: 2},
			{Name: "package", Priority: 2, Deps: []string{"test", "docs", "lint"}, Cost: 1},
		}
	}
	for _, w := range []int{1, 2, 3} {
		order, span, err := Schedule(mk(), w)
		fmt.Printf("workers=%d makespan=%d err=%v\n  %s\n", w, span, err, strings.Join(order, " "))
	}
	ts := mk()
	ts[0].Deps = []string{"package"}
	order, _, err := Schedule(ts, 2)
	var ce CycleError
	fmt.Println(order, err, fmt.Sprintf("%T", err))
	if e, ok := err.(CycleError); ok {
		ce = e
	}
	fmt.Println(len(ce.Remaining))
}

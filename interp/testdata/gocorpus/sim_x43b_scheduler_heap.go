package main

import (
	"container/heap"
	"fmt"
)

type Process struct {
	PID      int
	Name     string
	Priority int
	Burst    int
	index    int
}

type ReadyQueue []*Process

func (q ReadyQueue) Len() int { return len(q) }
func (q ReadyQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority < q[j].Priority
	}
	return q[i].PID < q[j].PID
}
func (q ReadyQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *ReadyQueue) Push(x any) {
	p := x.(*Process)
	p.index = len(*q)
	*q = append(*q, p)
}
func (q *ReadyQueue) Pop() any {
	old := *q
	n := len(old)
	p := old[n-1]
	old[n-1] = nil
	p.index = -1
	*q = old[:n-1]
	return p
}

func main() {
	procs := []*Process{
		{PID: 1, Name: "init", Priority: 0, Burst: 2},
		{PID: 2, Name: "shell", Priority: 2, Burst: 5},
		{PID: 3, Name: "editor", Priority: 1, Burst: 7},
		{PID: 4, Name: "compiler", Priority: 3, Burst: 9},
		{PID: 5, Name: "daemon", Priority: 2, Burst: 3},
	}
	q := &ReadyQueue{}
	heap.Init(q)
	for _, p := range procs {
		heap.Push(q, p)
	}
	const quantum = 3
	clock := 0
	finish := map[string]int{}
	for q.Len() > 0 {
		p := heap.Pop(q).(*Process)
		run := min(quantum, p.Burst)
		clock += run
		p.Burst -= run
		fmt.Printf("t=%2d ran %-8s (pid %d, prio %d) for %d\n", clock, p.Name, p.PID, p.Priority, run)
		if p.Burst > 0 {
			p.Priority++ // aging: penalize long jobs
			heap.Push(q, p)
		} else {
			finish[p.Name] = clock
		}
	}
	fmt.Println("finish times:", finish)
	total := 0
	for _, t := range finish {
		total += t
	}
	fmt.Printf("average turnaround: %.2f\n", float64(total)/float64(len(finish)))
}

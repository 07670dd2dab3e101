package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type Job struct {
	ID       string
	Priority int
	Seq      int
	index    int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

func main() {
	q := &JobQueue{}
	heap.Init(q)
	specs := []struct {
		id string
		p  int
	}{{"email", 1}, {"invoice", 5}, {"report", 3}, {"refund", 5}, {"backup", 0}}
	byID := map[string]*Job{}
	for i, s := range specs {
		j := &Job{ID: s.id, Priority: s.p, Seq: i}
		byID[s.id] = j
		heap.Push(q, j)
	}
	byID["backup"].Priority = 10
	heap.Fix(q, byID["backup"].index)
	heap.Remove(q, byID["report"].index)

	done := list.New()
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		done.PushBack(j.ID)
		fmt.Printf("run %-8s p=%d idx=%d\n", j.ID, j.Priority, j.index)
	}
	recent := list.New()
	for e := done.Front(); e != nil; e = e.Next() {
		recent.PushFront(e.Value)
		if recent.Len() > 3 {
			recent.Remove(recent.Back())
		}
	}
	for e := recent.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

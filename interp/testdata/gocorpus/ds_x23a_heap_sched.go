package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

func (t *Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

type PQ []*Task

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
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

type Scheduler struct {
	pq   PQ
	seq  int
	byID map[string]*Task
}

func NewScheduler() *Scheduler { return &Scheduler{byID: map[string]*Task{}} }

func (s *Scheduler) Add(name string, p int) {
	s.seq++
	t := &Task{Name: name, Priority: p, Seq: s.seq}
	heap.Push(&s.pq, t)
	s.byID[name] = t
}

func (s *Scheduler) Bump(name string, delta int) bool {
	t, ok := s.byID[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority += delta
	heap.Fix(&s.pq, t.index)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.pq.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.pq).(*Task), true
}

func main() {
	s := NewScheduler()
	for i, n := range strings.Fields("parse check lower emit link") {
		s.Add(n, (i*7)%4)
	}
	fmt.Println(s.pq.Len(), s.Bump("link", 5), s.Bump("nope", 1))
	t, _ := s.Next()
	fmt.Println("first:", t, t.index)
	fmt.Println(s.Bump("link", 1))
	s.Add("opt", 2)
	var order []string
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, t.String())
	}
	fmt.Println(strings.Join(order, " > "))
	h := &IntHeap{5, 2, 8, 1}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
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

package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Seq < pq[j].Seq
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

type Scheduler struct {
	pq   PQ
	seq  int
	byNm map[string]*Task
}

func NewScheduler() *Scheduler { return &Scheduler{byNm: map[string]*Task{}} }

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.pq, t)
	s.byNm[name] = t
}

func (s *Scheduler) Bump(name string, delta int) bool {
	t, ok := s.byNm[name]
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
	t := heap.Pop(&s.pq).(*Task)
	delete(s.byNm, t.Name)
	return t, true
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
	s := NewScheduler()
	for i, n := range []string{"backup", "email", "deploy", "lint", "test", "report"} {
		s.Add(n, (i*7)%4)
	}
	fmt.Println(s.Bump("lint", 5), s.Bump("nope", 1))
	first, _ := s.Next()
	fmt.Printf("first: %+v\n", *first)
	s.Add("hotfix", 10)
	s.Bump("backup", 2)
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("%-7s p=%d seq=%d\n", t.Name, t.Priority, t.Seq)
	}

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Print("min-heap: ")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}

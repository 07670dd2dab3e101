package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	seq      int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].seq < pq[j].seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index, pq[j].index = i, j
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

func (s *Scheduler) Add(name string, p int) {
	s.seq++
	t := &Task{Name: name, Priority: p, seq: s.seq}
	if s.byNm == nil {
		s.byNm = map[string]*Task{}
	}
	s.byNm[name] = t
	heap.Push(&s.pq, t)
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

func main() {
	var s Scheduler
	for i, n := range strings.Fields("compile test lint deploy docs bench") {
		s.Add(n, (i*7)%5)
	}
	fmt.Println(s.Bump("docs", 10), s.Bump("nope", 1))
	t, _ := s.Next()
	fmt.Printf("first: %+v\n", *t)
	s.Add("hotfix", 4)
	s.Bump("compile", 3)
	var order []string
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Println(s.Bump("docs", 1), len(s.byNm))
	h := &PQ{}
	heap.Init(h)
	for i := 5; i > 0; i-- {
		heap.Push(h, &Task{Name: fmt.Sprint("t", i), Priority: i % 3, seq: i})
	}
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(*Task).Name, " ")
	}
	fmt.Println()
}

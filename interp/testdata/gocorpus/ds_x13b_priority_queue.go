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

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
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
	return t, true
}

func main() {
	var s Scheduler
	for i, spec := range strings.Fields("build:2 test:2 lint:1 deploy:5 docs:0 bench:1") {
		name, p, _ := strings.Cut(spec, ":")
		s.Add(name, int(p[0]-'0')+i%2)
	}
	fmt.Println(s.Bump("docs", 10), s.Bump("nope", 1))
	first, _ := s.Next()
	fmt.Println("first:", first.Name, first.Priority)
	fmt.Println(s.Bump(first.Name, 1))
	s.Bump("lint", 3)
	var order []string
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s(%d,#%d)", t.Name, t.Priority, t.Seq))
	}
	fmt.Println(strings.Join(order, " > "))
}

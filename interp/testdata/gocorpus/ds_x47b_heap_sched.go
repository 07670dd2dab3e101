package main

import (
	"container/heap"
	"container/list"
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
	pq     PQ
	seq    int
	byName map[string]*Task
}

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.pq, t)
	s.byName[name] = t
}

func (s *Scheduler) Bump(name string, delta int) {
	if t, ok := s.byName[name]; ok && t.index >= 0 {
		t.Priority += delta
		heap.Fix(&s.pq, t.index)
	}
}

func main() {
	s := &Scheduler{byName: map[string]*Task{}}
	for i, n := range strings.Fields("build test lint deploy docs bench") {
		s.Add(n, (i*7)%4)
	}
	s.Bump("docs", 5)
	s.Bump("build", -10)
	var order []string
	for s.pq.Len() > 0 {
		t := heap.Pop(&s.pq).(*Task)
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " "))

	lru := list.New()
	idx := map[string]*list.Element{}
	access := func(k string) {
		if e, ok := idx[k]; ok {
			lru.MoveToFront(e)
			return
		}
		idx[k] = lru.PushFront(k)
		if lru.Len() > 3 {
			last := lru.Back()
			lru.Remove(last)
			delete(idx, last.Value.(string))
			fmt.Println("evict", last.Value)
		}
	}
	for _, k := range strings.Fields("a b c a d b e a") {
		access(k)
	}
	for e := lru.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(len(idx))
}

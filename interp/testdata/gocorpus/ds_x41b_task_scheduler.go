package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Critical:
		return "critical"
	}
	return "unknown"
}

type Task struct {
	Name     string
	Priority Priority
	Seq      int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	queue TaskQueue
	seq   int
	byKey map[string]*Task
}

func NewScheduler() *Scheduler {
	s := &Scheduler{byKey: map[string]*Task{}}
	heap.Init(&s.queue)
	return s
}

func (s *Scheduler) Submit(name string, p Priority) {
	s.seq++
	t := &Task{Name: name, Priority: p, Seq: s.seq}
	s.byKey[name] = t
	heap.Push(&s.queue, t)
}

func (s *Scheduler) Escalate(name string, p Priority) bool {
	t, ok := s.byKey[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = p
	heap.Fix(&s.queue, t.index)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.queue.Len() == 0 {
		return nil, false
	}
	t := heap.Pop(&s.queue).(*Task)
	delete(s.byKey, t.Name)
	return t, true
}

func main() {
	s := NewScheduler()
	s.Submit("write docs", Low)
	s.Submit("fix prod bug", Critical)
	s.Submit("code review", Medium)
	s.Submit("deploy", High)
	s.Submit("refactor", Medium)
	s.Submit("lunch", Low)
	fmt.Println(s.Escalate("lunch", High), s.Escalate("nope", Low))
	var done []string
	for i := 0; ; i++ {
		t, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("%d. %-14s [%v] seq=%d\n", i+1, t.Name, t.Priority, t.Seq)
		done = append(done, t.Name)
		if t.Name == "deploy" {
			s.Submit("verify deploy", Critical)
		}
	}
	fmt.Println(strings.Join(done, " > "))
	fmt.Println(s.Escalate("deploy", Low), Priority(9))
}

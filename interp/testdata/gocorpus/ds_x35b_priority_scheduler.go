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

type taskQueue []*Task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].Priority == q[j].Priority {
		return q[i].Seq < q[j].Seq
	}
	return q[i].Priority > q[j].Priority
}
func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *taskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *taskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	q    taskQueue
	seq  int
	byID map[string]*Task
}

func NewScheduler() *Scheduler {
	return &Scheduler{byID: map[string]*Task{}}
}

func (s *Scheduler) Add(name string, prio int) {
	s.seq++
	t := &Task{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.q, t)
	s.byID[name] = t
}

func (s *Scheduler) Bump(name string, delta int) bool {
	t, ok := s.byID[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority += delta
	heap.Fix(&s.q, t.index)
	return true
}

func (s *Scheduler) Next() (*Task, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.q).(*Task), true
}

func main() {
	s := NewScheduler()
	for _, spec := range strings.Split("backup:1 email:5 report:3 cleanup:1 deploy:9 index:3", " ") {
		var name string
		var prio int
		n, err := fmt.Sscanf(strings.Replace(spec, ":", " ", 1), "%s %d", &name, &prio)
		if err != nil || n != 2 {
			fmt.Println("bad spec", spec, err)
			continue
		}
		s.Add(name, prio)
	}
	fmt.Println("bump cleanup:", s.Bump("cleanup", 7))
	first, _ := s.Next()
	fmt.Printf("first: %+v\n", *first)
	fmt.Println("bump deploy again:", s.Bump("deploy", 1), "bump ghost:", s.Bump("ghost", 1))
	s.Add("hotfix", 10)
	var order []string
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s(%d)", t.Name, t.Priority))
	}
	fmt.Println(strings.Join(order, " > "))
}

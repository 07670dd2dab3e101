package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Due      int
	Run      func() string
	index    int
}

type queue []*Task

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	if q[i].Due != q[j].Due {
		return q[i].Due < q[j].Due
	}
	return q[i].Name < q[j].Name
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *queue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	q      queue
	byName map[string]*Task
	done   []string
}

func NewScheduler() *Scheduler {
	return &Scheduler{byName: map[string]*Task{}}
}

func (s *Scheduler) Add(t *Task) {
	heap.Push(&s.q, t)
	s.byName[t.Name] = t
}

func (s *Scheduler) Bump(name string, prio int) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	t.Priority = prio
	heap.Fix(&s.q, t.index)
	return true
}

func (s *Scheduler) Cancel(name string) bool {
	t, ok := s.byName[name]
	if !ok || t.index < 0 {
		return false
	}
	heap.Remove(&s.q, t.index)
	delete(s.byName, name)
	return true
}

func (s *Scheduler) RunAll() {
	for s.q.Len() > 0 {
		t := heap.Pop(&s.q).(*Task)
		out := func() (res string) {
			defer func() {
				if r := recover(); r != nil {
					res = fmt.Sprintf("PANIC(%v)", r)
				}
			}()
			return t.Run()
		}()
		s.done = append(s.done, fmt.Sprintf("%s[p%d]=%s", t.Name, t.Priority, out))
	}
}

func main() {
	s := NewScheduler()
	counter := 0
	mk := func(msg string) func() string {
		return func() string {
			counter++
			return fmt.Sprintf("%s#%d", msg, counter)
		}
	}
	s.Add(&Task{Name: "backup", Priority: 1, Due: 50, Run: mk("saved")})
	s.Add(&Task{Name: "email", Priority: 3, Due: 10, Run: mk("sent")})
	s.Add(&Task{Name: "report", Priority: 3, Due: 5, Run: mk("built")})
	s.Add(&Task{Name: "cleanup", Priority: 2, Due: 20, Run: mk("cleaned")})
	s.Add(&Task{Name: "crash", Priority: 2, Due: 1, Run: func() string {
		var arr []int
		return fmt.Sprint(arr[3])
	}})
	s.Add(&Task{Name: "index", Priority: 0, Due: 99, Run: mk("indexed")})

	fmt.Println(s.Bump("backup", 5), s.Bump("nope", 1))
	fmt.Println(s.Cancel("cleanup"), s.Cancel("cleanup"))
	fmt.Println("queued:", s.q.Len())
	s.RunAll()
	fmt.Println(strings.Join(s.done, "\n"))
	fmt.Println(s.Bump("email", 9), counter)
}

package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Task struct {
	Name  string
	At    time.Duration
	Prio  int
	index int
}

type taskQueue []*Task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Prio > q[j].Prio
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
	now time.Duration
	q   taskQueue
	ran []string
}

func (s *Scheduler) Schedule(name string, after time.Duration, prio int) *Task {
	t := &Task{Name: name, At: s.now + after, Prio: prio}
	heap.Push(&s.q, t)
	return t
}

func (s *Scheduler) Reschedule(t *Task, at time.Duration) {
	t.At = at
	heap.Fix(&s.q, t.index)
}

func (s *Scheduler) Cancel(t *Task) { heap.Remove(&s.q, t.index) }

func (s *Scheduler) RunUntil(end time.Duration) {
	for s.q.Len() > 0 && s.q[0].At <= end {
		t := heap.Pop(&s.q).(*Task)
		s.now = t.At
		s.ran = append(s.ran, fmt.Sprintf("%s@%v", t.Name, t.At))
		if strings.HasPrefix(t.Name, "tick") && t.At < 3*time.Second {
			s.Schedule(t.Name, time.Second, t.Prio)
		}
	}
	s.now = end
}

func main() {
	var s Scheduler
	s.Schedule("tick", time.Second, 0)
	s.Schedule("backup", 2*time.Second, 5)
	mail := s.Schedule("mail", 2*time.Second, 1)
	gc := s.Schedule("gc", 10*time.Second, 0)
	s.Schedule("report", 1500*time.Millisecond, 2)
	s.Reschedule(mail, 500*time.Millisecond)
	s.Cancel(gc)
	s.RunUntil(5 * time.Second)
	want := "mail@500ms tick@1s report@1.5s backup@2s tick@2s tick@3s"
	got := strings.Join(s.ran, " ")
	if got == want {
		fmt.Println("PASS order")
	} else {
		fmt.Printf("FAIL order\n got: %s\nwant: %s\n", got, want)
	}
	fmt.Println(s.now, s.q.Len(), gc.index)
	h := &taskQueue{}
	for i, n := range []string{"c", "a", "b"} {
		heap.Push(h, &Task{Name: n, At: time.Duration(3-i) * time.Minute})
	}
	for h.Len() > 0 {
		t := heap.Pop(h).(*Task)
		fmt.Printf("%s %v; ", t.Name, t.At)
	}
	fmt.Println()
}

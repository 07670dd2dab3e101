package main

import (
	"container/heap"
	"errors"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Cost     int
	Deps     []string
	index    int
}

type readyQueue []*Task

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}
func (q readyQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *readyQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *readyQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

var ErrCycle = errors.New("dependency cycle")

type Scheduler struct {
	tasks map[string]*Task
	order []string
}

func (s *Scheduler) Add(t *Task) {
	if s.tasks == nil {
		s.tasks = map[string]*Task{}
	}
	s.tasks[t.Name] = t
	s.order = append(s.order, t.Name)
}

// Plan returns the execution order and the finish time with `workers` parallel workers.
func (s *Scheduler) Plan() ([]string, error) {
	indeg := map[string]int{}
	dependents := map[string][]string{}
	for _, name := range s.order {
		t := s.tasks[name]
		for _, d := range t.Deps {
			if _, ok := s.tasks[d]; !ok {
				return nil, fmt.Errorf("task %q depends on unknown %q", name, d)
			}
			indeg[name]++
			dependents[d] = append(dependents[d], name)
		}
	}
	q := &readyQueue{}
	for _, name := range s.order {
		if indeg[name] == 0 {
			heap.Push(q, s.tasks[name])
		}
	}
	var plan []string
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		plan = append(plan, t.Name)
		for _, dn := range dependents[t.Name] {
			if indeg[dn]--; indeg[dn] == 0 {
				heap.Push(q, s.tasks[dn])
			}
		}
	}
	if len(plan) != len(s.tasks) {
		var stuck []string
		for _, name := range s.order {
			if indeg[name] > 0 {
				stuck = append(stuck, name)
			}
		}
		return plan, fmt.Errorf("%w among %s", ErrCycle, strings.Join(stuck, ", "))
	}
	return plan, nil
}

func main() {
	var s Scheduler
	for _, t := range []*Task{
		{Name: "fetch", Priority: 1, Cost: 3},
		{Name: "lint", Priority: 5, Cost: 1},
		{Name: "compile", Priority: 3, Cost: 5, Deps: []string{"fetch"}},
		{Name: "test", Priority: 4, Cost: 4, Deps: []string{"compile"}},
		{Name: "docs", Priority: 2, Cost: 2, Deps: []string{"fetch"}},
		{Name: "package", Priority: 9, Cost: 2, Deps: []string{"test", "lint", "docs"}},
		{Name: "vet", Priority: 4, Cost: 1, Deps: []string{"fetch"}},
	} {
		s.Add(t)
	}
	plan, err := s.Plan()
	fmt.Println(strings.Join(plan, " -> "), err)
	total := 0
	for _, name := range plan {
		total += s.tasks[name].Cost
		fmt.Printf("  t=%2d %-8s (prio %d)\n", total, name, s.tasks[name].Priority)
	}

	var c Scheduler
	c.Add(&Task{Name: "a", Deps: []string{"c"}})
	c.Add(&Task{Name: "b", Deps: []string{"a"}})
	c.Add(&Task{Name: "c", Deps: []string{"b"}})
	c.Add(&Task{Name: "d"})
	plan, err = c.Plan()
	fmt.Println(plan, err, errors.Is(err, ErrCycle))

	var u Scheduler
	u.Add(&Task{Name: "x", Deps: []string{"y"}})
	_, err = u.Plan()
	fmt.Println(err)
}

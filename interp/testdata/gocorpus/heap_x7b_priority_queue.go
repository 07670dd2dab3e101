// Exercises: a container/heap scheduler of struct values (not pointers) with a name->position map kept by Swap, heap.Fix by key, heap.Remove, ties broken by name.
package main

import (
	"container/heap"
	"fmt"
)

type job struct {
	name string
	prio int
}

type sched struct {
	jobs []job
	pos  map[string]int
}

func (s *sched) Len() int { return len(s.jobs) }
func (s *sched) Less(i, j int) bool {
	a, b := s.jobs[i], s.jobs[j]
	return a.prio > b.prio || a.prio == b.prio && a.name < b.name
}
func (s *sched) Swap(i, j int) {
	s.jobs[i], s.jobs[j] = s.jobs[j], s.jobs[i]
	s.pos[s.jobs[i].name], s.pos[s.jobs[j].name] = i, j
}
func (s *sched) Push(x any) {
	j := x.(job)
	s.pos[j.name] = len(s.jobs)
	s.jobs = append(s.jobs, j)
}
func (s *sched) Pop() any {
	last := s.jobs[len(s.jobs)-1]
	s.jobs = s.jobs[:len(s.jobs)-1]
	delete(s.pos, last.name)
	return last
}

func (s *sched) reprioritize(name string, prio int) bool {
	i, ok := s.pos[name]
	if ok {
		s.jobs[i].prio = prio
		heap.Fix(s, i)
	}
	return ok
}

func main() {
	s := &sched{pos: map[string]int{}}
	for i, n := range []string{"backup", "email", "build", "deploy", "lint"} {
		heap.Push(s, job{n, i % 3})
	}
	fmt.Println(s.reprioritize("lint", 9), s.reprioritize("nope", 1))
	gone := heap.Remove(s, s.pos["email"]).(job)
	fmt.Println("removed", gone, len(s.pos))
	for s.Len() > 0 {
		j := heap.Pop(s).(job)
		fmt.Printf("%s:%d ", j.name, j.prio)
	}
	fmt.Println(len(s.pos))
}

package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
)

type Event struct {
	At     int
	Prio   int
	Name   string
	Action func(*Sim)
	seq    int
}

type eventHeap []*Event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(h[i].At, h[j].At), cmp.Compare(h[j].Prio, h[i].Prio), cmp.Compare(h[i].seq, h[j].seq)) < 0
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(*Event)) }
func (h *eventHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return e
}

type Sim struct {
	now    int
	q      eventHeap
	seq    int
	trace  []string
	served map[string]int
}

func (s *Sim) Schedule(delay, prio int, name string, act func(*Sim)) {
	s.seq++
	heap.Push(&s.q, &Event{At: s.now + delay, Prio: prio, Name: name, Action: act, seq: s.seq})
}

func (s *Sim) Run(until int) {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		if e.At > until {
			heap.Push(&s.q, e)
			break
		}
		s.now = e.At
		s.trace = append(s.trace, fmt.Sprintf("t=%d %s", s.now, e.Name))
		if e.Action != nil {
			e.Action(s)
		}
	}
}

func customer(name string, service int) func(*Sim) {
	return func(s *Sim) {
		s.Schedule(service, 0, name+":done", func(s *Sim) { s.served[name] = s.now })
	}
}

func main() {
	s := &Sim{served: map[string]int{}}
	s.Schedule(0, 0, "open", nil)
	s.Schedule(1, 0, "c1", customer("c1", 3))
	s.Schedule(1, 5, "vip", customer("vip", 1))
	s.Schedule(2, 0, "c2", customer("c2", 2))
	var tick func(*Sim)
	n := 0
	tick = func(s *Sim) {
		n++
		if n < 4 {
			s.Schedule(2, -1, fmt.Sprintf("tick%d", n), tick)
		}
	}
	s.Schedule(0, -1, "tick0", tick)
	s.Run(5)
	for _, t := range s.trace {
		fmt.Println(t)
	}
	fmt.Println("pending:", s.q.Len(), "now:", s.now)
	s.Run(100)
	fmt.Println(s.trace[len(s.trace)-2:])
	fmt.Println(s.served)
	names := make([]string, 0)
	for k := range s.served {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(s.served[a], s.served[b]), cmp.Compare(a, b)) })
	fmt.Println(names)
}

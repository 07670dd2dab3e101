package main

import (
	"container/heap"
	"fmt"
)

type Event struct {
	At    int
	Seq   int
	Kind  string
	Cust  int
	index int
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *EventQueue) Push(x any) {
	e := x.(*Event)
	e.index = len(*q)
	*q = append(*q, e)
}
func (q *EventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return e
}

type Sim struct {
	q       EventQueue
	seq     int
	busy    bool
	waiting []int
	served  int
	waitSum int
	arrived map[int]int
}

func (s *Sim) schedule(at int, kind string, cust int) {
	s.seq++
	heap.Push(&s.q, &Event{At: at, Seq: s.seq, Kind: kind, Cust: cust})
}

func main() {
	s := &Sim{arrived: map[int]int{}}
	var lcg uint32 = 12345
	next := func(n int) int {
		lcg = lcg*1103515245 + 12345
		return int(lcg>>16) % n
	}
	t := 0
	for c := 1; c <= 8; c++ {
		t += 1 + next(5)
		s.schedule(t, "arrive", c)
	}
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		switch e.Kind {
		case "arrive":
			s.arrived[e.Cust] = e.At
			if !s.busy {
				s.busy = true
				s.schedule(e.At+2+next(4), "depart", e.Cust)
			} else {
				s.waiting = append(s.waiting, e.Cust)
			}
		case "depart":
			s.served++
			if len(s.waiting) > 0 {
				nc := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.waitSum += e.At - s.arrived[nc]
				s.schedule(e.At+2+next(4), "depart", nc)
			} else {
				s.busy = false
			}
		}
		fmt.Printf("t=%3d %-6s cust=%d queue=%v\n", e.At, e.Kind, e.Cust, s.waiting)
	}
	fmt.Printf("served=%d avg wait=%.3f\n", s.served, float64(s.waitSum)/float64(s.served))
}

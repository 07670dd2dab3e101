package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const input = `0 call 5
2 call 1
3 call 8
7 call 2
12 call 6`

type Event struct {
	T     int
	Kind  string
	Floor int
	seq   int
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].T != q[j].T {
		return q[i].T < q[j].T
	}
	return q[i].seq < q[j].seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	q       EventQueue
	seq     int
	floor   int
	busy    bool
	pending []int
	log     []string
}

func (s *Sim) schedule(t int, kind string, floor int) {
	s.seq++
	heap.Push(&s.q, &Event{t, kind, floor, s.seq})
}

func (s *Sim) dispatch(now int) {
	if s.busy || len(s.pending) == 0 {
		return
	}
	target := s.pending[0]
	s.pending = s.pending[1:]
	s.busy = true
	d := target - s.floor
	if d < 0 {
		d = -d
	}
	s.schedule(now+d, "arrive", target)
}

func (s *Sim) Run() {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		switch e.Kind {
		case "call":
			s.pending = append(s.pending, e.Floor)
			s.log = append(s.log, fmt.Sprintf("t=%02d call %d (queue %v)", e.T, e.Floor, s.pending))
		case "arrive":
			s.floor = e.Floor
			s.busy = false
			s.log = append(s.log, fmt.Sprintf("t=%02d arrive %d", e.T, e.Floor))
		}
		s.dispatch(e.T)
	}
}

func main() {
	s := &Sim{}
	for _, line := range strings.Split(input, "\n") {
		var t, f int
		var kind string
		fmt.Sscanf(line, "%d %s %d", &t, &kind, &f)
		s.schedule(t, kind, f)
	}
	s.Run()
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Printf("final floor %d, events %d\n", s.floor, s.seq)
}

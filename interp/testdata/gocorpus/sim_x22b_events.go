package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Event interface {
	Time() int
	Fire(s *Sim)
}

type base struct{ at int }

func (b base) Time() int { return b.at }

type Arrive struct {
	base
	cust string
}

type Depart struct {
	base
	cust    string
	counter int
}

type Sim struct {
	now      int
	q        eventQ
	free     []bool
	waiting  []string
	log      []string
	seq      int
	serviceT map[string]int
}

type queued struct {
	ev  Event
	seq int
}

type eventQ []queued

func (q eventQ) Len() int { return len(q) }
func (q eventQ) Less(i, j int) bool {
	if q[i].ev.Time() != q[j].ev.Time() {
		return q[i].ev.Time() < q[j].ev.Time()
	}
	return q[i].seq < q[j].seq
}
func (q eventQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQ) Push(x any)   { *q = append(*q, x.(queued)) }
func (q *eventQ) Pop() any {
	o := *q
	v := o[len(o)-1]
	*q = o[:len(o)-1]
	return v
}

func (s *Sim) Schedule(e Event) {
	s.seq++
	heap.Push(&s.q, queued{e, s.seq})
}

func (s *Sim) logf(format string, args ...any) {
	s.log = append(s.log, fmt.Sprintf("t=%03d ", s.now)+fmt.Sprintf(format, args...))
}

func (s *Sim) startService(cust string) bool {
	for i, f := range s.free {
		if f {
			s.free[i] = false
			s.logf("%s -> counter %d", cust, i)
			s.Schedule(Depart{base{s.now + s.serviceT[cust]}, cust, i})
			return true
		}
	}
	return false
}

func (a Arrive) Fire(s *Sim) {
	s.logf("%s arrives", a.cust)
	if !s.startService(a.cust) {
		s.waiting = append(s.waiting, a.cust)
		s.logf("%s waits (queue %d)", a.cust, len(s.waiting))
	}
}

func (d Depart) Fire(s *Sim) {
	s.logf("%s leaves counter %d", d.cust, d.counter)
	s.free[d.counter] = true
	if len(s.waiting) > 0 {
		next := s.waiting[0]
		s.waiting = s.waiting[1:]
		s.startService(next)
	}
}

func (s *Sim) Run() {
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(queued).ev
		s.now = e.Time()
		e.Fire(s)
	}
}

const arrivals = `ann 0 5
bob 1 3
cat 2 4
dan 2 1
eve 6 2
fay 7 7`

func main() {
	s := &Sim{free: []bool{true, true}, serviceT: map[string]int{}}
	for _, l := range strings.Split(arrivals, "\n") {
		var name string
		var at, dur int
		fmt.Sscan(l, &name, &at, &dur)
		s.serviceT[name] = dur
		s.Schedule(Arrive{base{at}, name})
	}
	s.Run()
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("done at", s.now)
}

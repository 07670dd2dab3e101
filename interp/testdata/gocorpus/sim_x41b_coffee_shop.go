package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
)

type EventKind int

const (
	Arrival EventKind = iota
	OrderReady
	Leave
)

func (k EventKind) String() string {
	return [...]string{"arrival", "ready", "leave"}[k]
}

type Event struct {
	At       int
	Kind     EventKind
	Customer int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	if q[i].Kind != q[j].Kind {
		return q[i].Kind > q[j].Kind
	}
	return q[i].Customer < q[j].Customer
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Shop struct {
	rng       *rand.Rand
	events    EventQueue
	baristas  int
	busy      int
	waiting   []int
	arrivedAt map[int]int
	waits     []int
	log       strings.Builder
}

func (s *Shop) schedule(e Event) { heap.Push(&s.events, e) }

func (s *Shop) startOrder(now, c int) {
	s.busy++
	s.schedule(Event{now + 2 + s.rng.IntN(4), OrderReady, c})
	s.waits = append(s.waits, now-s.arrivedAt[c])
}

func (s *Shop) Run(customers int) {
	t := 0
	for c := 1; c <= customers; c++ {
		t += s.rng.IntN(3)
		s.schedule(Event{t, Arrival, c})
	}
	for s.events.Len() > 0 {
		e := heap.Pop(&s.events).(Event)
		fmt.Fprintf(&s.log, "t=%02d %-7v c%-2d", e.At, e.Kind, e.Customer)
		switch e.Kind {
		case Arrival:
			s.arrivedAt[e.Customer] = e.At
			if s.busy < s.baristas {
				s.startOrder(e.At, e.Customer)
			} else {
				s.waiting = append(s.waiting, e.Customer)
			}
		case OrderReady:
			s.busy--
			s.schedule(Event{e.At + 1, Leave, e.Customer})
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.startOrder(e.At, next)
			}
		}
		fmt.Fprintf(&s.log, " busy=%d queue=%v\n", s.busy, s.waiting)
	}
}

func main() {
	shop := &Shop{rng: rand.New(rand.NewPCG(1, 2)), baristas: 2, arrivedAt: map[int]int{}}
	shop.Run(8)
	fmt.Print(shop.log.String())
	total, worst := 0, 0
	for _, w := range shop.waits {
		total += w
		worst = max(worst, w)
	}
	fmt.Printf("served=%d avg wait=%.2f worst=%d\n", len(shop.waits), float64(total)/float64(len(shop.waits)), worst)
	r := rand.New(rand.NewPCG(7, 7))
	fmt.Println(r.IntN(100), r.Float64() < 1, r.Perm(5))
}

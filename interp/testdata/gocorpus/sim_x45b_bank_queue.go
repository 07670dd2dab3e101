package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type Event struct {
	At       float64
	Kind     string
	Customer int
	Teller   int
}

type EventQueue []Event

func (q EventQueue) Len() int           { return len(q) }
func (q EventQueue) Less(i, j int) bool { return q[i].At < q[j].At }
func (q EventQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)        { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Stats struct {
	served    int
	totalWait float64
	maxWait   float64
	maxQueue  int
}

func simulate(tellers int, seed int64) Stats {
	rng := rand.New(rand.NewSource(seed))
	var q EventQueue
	t := 0.0
	for c := 0; c < 120; c++ {
		t += rng.ExpFloat64() * 2.0
		heap.Push(&q, Event{At: t, Kind: "arrive", Customer: c})
	}
	free := make([]bool, tellers)
	for i := range free {
		free[i] = true
	}
	var waiting []Event
	var st Stats
	start := func(e Event, teller int, now float64) {
		free[teller] = false
		w := now - e.At
		st.totalWait += w
		st.maxWait = max(st.maxWait, w)
		heap.Push(&q, Event{At: now + 3 + rng.Float64()*5, Kind: "depart", Customer: e.Customer, Teller: teller})
	}
	for q.Len() > 0 {
		e := heap.Pop(&q).(Event)
		switch e.Kind {
		case "arrive":
			placed := false
			for i, f := range free {
				if f {
					start(e, i, e.At)
					placed = true
					break
				}
			}
			if !placed {
				waiting = append(waiting, e)
				st.maxQueue = max(st.maxQueue, len(waiting))
			}
		case "depart":
			st.served++
			free[e.Teller] = true
			if len(waiting) > 0 {
				next := waiting[0]
				waiting = waiting[1:]
				start(next, e.Teller, e.At)
			}
		}
	}
	return st
}

func main() {
	fmt.Printf("%7s %6s %9s %9s %9s\n", "tellers", "served", "avg wait", "max wait", "max queue")
	for tellers := 1; tellers <= 5; tellers++ {
		st := simulate(tellers, 42)
		fmt.Printf("%7d %6d %9.2f %9.2f %9d\n", tellers, st.served, st.totalWait/float64(st.served), st.maxWait, st.maxQueue)
	}
}

package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
)

type EventKind int

const (
	Arrive EventKind = iota
	Depart
)

type Event struct {
	At       float64
	Kind     EventKind
	Customer int
	Teller   int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
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

type Stats struct {
	served    int
	totalWait float64
	maxQueue  int
}

func simulate(tellers, customers int, seed uint64) Stats {
	r := rand.New(rand.NewPCG(seed, 7))
	var q EventQueue
	t := 0.0
	for c := 0; c < customers; c++ {
		t += r.ExpFloat64() * 2
		heap.Push(&q, Event{At: t, Kind: Arrive, Customer: c})
	}
	free := make([]bool, tellers)
	for i := range free {
		free[i] = true
	}
	var waiting []Event
	var st Stats
	start := func(e Event, now float64, teller int) {
		free[teller] = false
		st.totalWait += now - e.At
		service := 1 + r.Float64()*4
		heap.Push(&q, Event{At: now + service, Kind: Depart, Customer: e.Customer, Teller: teller})
	}
	for q.Len() > 0 {
		e := heap.Pop(&q).(Event)
		switch e.Kind {
		case Arrive:
			placed := false
			for i, f := range free {
				if f {
					start(e, e.At, i)
					placed = true
					break
				}
			}
			if !placed {
				waiting = append(waiting, e)
				st.maxQueue = max(st.maxQueue, len(waiting))
			}
		case Depart:
			st.served++
			free[e.Teller] = true
			if len(waiting) > 0 {
				next := waiting[0]
				waiting = waiting[1:]
				start(next, e.At, e.Teller)
			}
		}
	}
	return st
}

func main() {
	fmt.Println("tellers  served  avg-wait  max-queue")
	for tellers := 1; tellers <= 4; tellers++ {
		st := simulate(tellers, 200, 42)
		bar := strings.Repeat("*", int(st.totalWait/float64(st.served)))
		fmt.Printf("%7d  %6d  %8.3f  %9d  %s\n", tellers, st.served, st.totalWait/float64(st.served), st.maxQueue, bar)
	}
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Perm(5))
}

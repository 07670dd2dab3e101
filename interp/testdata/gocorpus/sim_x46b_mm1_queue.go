package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

func (k EventKind) String() string {
	return [...]string{"arrival", "departure"}[k]
}

type Event struct {
	T    float64
	Kind EventKind
	ID   int
}

type EventQueue []Event

func (q EventQueue) Len() int           { return len(q) }
func (q EventQueue) Less(i, j int) bool { return q[i].T < q[j].T }
func (q EventQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)        { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	lambda, mu := 0.8, 1.0
	q := &EventQueue{}
	heap.Push(q, Event{T: r.ExpFloat64() / lambda, Kind: Arrival, ID: 0})
	var waiting []int
	arrivedAt := map[int]float64{}
	busy := false
	nextID := 1
	served := 0
	totalTime := 0.0
	now := 0.0
	area := 0.0
	for served < 2000 {
		e := heap.Pop(q).(Event)
		inSys := len(waiting)
		if busy {
			inSys++
		}
		area += float64(inSys) * (e.T - now)
		now = e.T
		if served < 3 {
			fmt.Printf("%+v\n", e)
		}
		switch e.Kind {
		case Arrival:
			arrivedAt[e.ID] = now
			heap.Push(q, Event{T: now + r.ExpFloat64()/lambda, Kind: Arrival, ID: nextID})
			nextID++
			if !busy {
				busy = true
				heap.Push(q, Event{T: now + r.ExpFloat64()/mu, Kind: Departure, ID: e.ID})
			} else {
				waiting = append(waiting, e.ID)
			}
		case Departure:
			served++
			totalTime += now - arrivedAt[e.ID]
			delete(arrivedAt, e.ID)
			if len(waiting) > 0 {
				id := waiting[0]
				waiting = waiting[1:]
				heap.Push(q, Event{T: now + r.ExpFloat64()/mu, Kind: Departure, ID: id})
			} else {
				busy = false
			}
		}
	}
	rho := lambda / mu
	fmt.Printf("served %d by t=%.1f\n", served, now)
	fmt.Printf("mean time in system: sim %.3f theory %.3f\n", totalTime/float64(served), 1/(mu-lambda))
	fmt.Printf("mean number in system: sim %.3f theory %.3f\n", area/now, rho/(1-rho))
}

package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type Event struct {
	T    float64
	Kind string
	ID   int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].T != q[j].T {
		return q[i].T < q[j].T
	}
	return q[i].ID < q[j].ID
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

func main() {
	r := rand.New(rand.NewSource(3))
	q := &EventQueue{}
	heap.Init(q)
	t := 0.0
	for i := 0; i < 8; i++ {
		t += r.ExpFloat64() / 1.5
		heap.Push(q, Event{T: t, Kind: "arrive", ID: i})
	}
	busyUntil := 0.0
	var waits []float64
	arrivals := map[int]float64{}
	for q.Len() > 0 {
		e := heap.Pop(q).(Event)
		switch e.Kind {
		case "arrive":
			arrivals[e.ID] = e.T
			start := max(e.T, busyUntil)
			service := r.ExpFloat64() / 2
			busyUntil = start + service
			waits = append(waits, start-e.T)
			heap.Push(q, Event{T: busyUntil, Kind: "depart", ID: e.ID})
			fmt.Printf("%7.4f arrive  #%d (wait %.4f)\n", e.T, e.ID, start-e.T)
		case "depart":
			fmt.Printf("%7.4f depart  #%d (in system %.4f)\n", e.T, e.ID, e.T-arrivals[e.ID])
		}
	}
	sum := 0.0
	for _, w := range waits {
		sum += w
	}
	fmt.Printf("mean wait %.4f over %d customers\n", sum/float64(len(waits)), len(waits))
}

package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type Event struct {
	Time     int
	Kind     string
	Customer int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Customer < q[j].Customer
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	*q = old[:n-1]
	return e
}

func main() {
	r := rand.New(rand.NewSource(42))
	q := &EventQueue{}
	heap.Init(q)
	t := 0
	for c := 1; c <= 6; c++ {
		t += r.Intn(5) + 1
		heap.Push(q, Event{t, "arrive", c})
	}

	busyUntil := 0
	waits := map[int]int{}
	for q.Len() > 0 {
		e := heap.Pop(q).(Event)
		switch e.Kind {
		case "arrive":
			start := max(e.Time, busyUntil)
			waits[e.Customer] = start - e.Time
			service := r.Intn(6) + 2
			busyUntil = start + service
			heap.Push(q, Event{busyUntil, "leave", e.Customer})
			fmt.Printf("t=%2d customer %d arrives, waits %d, service %d\n", e.Time, e.Customer, start-e.Time, service)
		case "leave":
			fmt.Printf("t=%2d customer %d leaves\n", e.Time, e.Customer)
		}
	}
	total := 0
	for _, w := range waits {
		total += w
	}
	fmt.Printf("average wait: %.2f\n", float64(total)/float64(len(waits)))
	fmt.Println(waits)
}

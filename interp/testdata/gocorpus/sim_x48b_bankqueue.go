package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"math/rand"
)

type Event struct {
	At       int
	Kind     string
	Customer int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(q[i].At, q[j].At), cmp.Compare(q[i].Customer, q[j].Customer)) < 0
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
	Served    int
	TotalWait int
	MaxQueue  int
}

func simulate(tellers, customers int, seed int64) Stats {
	r := rand.New(rand.NewSource(seed))
	var q EventQueue
	t := 0
	for c := range customers {
		t += r.Intn(4)
		heap.Push(&q, Event{t, "arrive", c})
	}
	arrivals := map[int]int{}
	var waiting []int
	free := tellers
	var st Stats
	for q.Len() > 0 {
		e := heap.Pop(&q).(Event)
		switch e.Kind {
		case "arrive":
			arrivals[e.Customer] = e.At
			waiting = append(waiting, e.Customer)
		case "done":
			free++
			st.Served++
		}
		for free > 0 && len(waiting) > 0 {
			c := waiting[0]
			waiting = waiting[1:]
			free--
			st.TotalWait += e.At - arrivals[c]
			heap.Push(&q, Event{e.At + 3 + r.Intn(5), "done", c})
		}
		st.MaxQueue = max(st.MaxQueue, len(waiting))
	}
	return st
}

func main() {
	for _, tellers := range []int{1, 2, 3} {
		st := simulate(tellers, 40, 7)
		fmt.Printf("tellers=%d %+v avg wait=%.2f\n", tellers, st, float64(st.TotalWait)/float64(st.Served))
	}
	a, b := simulate(2, 25, 99), simulate(2, 25, 99)
	fmt.Println("deterministic:", a == b)
}

// A discrete-event simulation of a bank with several tellers, driven by a
// seeded random source and an event queue ordered by time.
package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
)

type eventKind int

const (
	arrive eventKind = iota
	depart
)

type event struct {
	t        float64
	kind     eventKind
	customer int
	teller   int
}

type eventQueue []event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	if q[i].t != q[j].t {
		return q[i].t < q[j].t
	}
	return q[i].customer < q[j].customer
}
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type stats struct {
	served    int
	totalWait float64
	maxQueue  int
	busy      []float64
}

func simulate(tellers, customers int, seed uint64) stats {
	r := rand.New(rand.NewPCG(seed, 99))
	var q eventQueue
	t := 0.0
	for c := range customers {
		t += r.ExpFloat64() * 2.0
		heap.Push(&q, event{t: t, kind: arrive, customer: c})
	}
	free := make([]bool, tellers)
	for i := range free {
		free[i] = true
	}
	var waiting []event
	st := stats{busy: make([]float64, tellers)}
	start := func(e event, now float64, k int) {
		free[k] = false
		st.totalWait += now - e.t
		service := 3 + r.Float64()*4
		st.busy[k] += service
		heap.Push(&q, event{t: now + service, kind: depart, customer: e.customer, teller: k})
	}
	for q.Len() > 0 {
		e := heap.Pop(&q).(event)
		switch e.kind {
		case arrive:
			k := -1
			for i, f := range free {
				if f {
					k = i
					break
				}
			}
			if k < 0 {
				waiting = append(waiting, e)
				st.maxQueue = max(st.maxQueue, len(waiting))
				continue
			}
			start(e, e.t, k)
		case depart:
			st.served++
			free[e.teller] = true
			if len(waiting) > 0 {
				next := waiting[0]
				waiting = waiting[1:]
				start(next, e.t, e.teller)
			}
		}
	}
	return st
}

func main() {
	fmt.Printf("%-8s %-7s %-9s %-9s %s\n", "tellers", "served", "avg wait", "max queue", "utilisation")
	for tellers := 1; tellers <= 4; tellers++ {
		st := simulate(tellers, 200, 7)
		var util []string
		for _, b := range st.busy {
			util = append(util, fmt.Sprintf("%.0f", b))
		}
		fmt.Printf("%-8d %-7d %-9.2f %-9d %s\n", tellers, st.served,
			st.totalWait/float64(st.served), st.maxQueue, strings.Join(util, "/"))
	}
}

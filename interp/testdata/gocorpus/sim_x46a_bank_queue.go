package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) }

type Teller struct {
	Name    string
	busyFor int
	served  []int
}

func (t *Teller) Free() bool { return t.busyFor == 0 }

type Stats struct {
	TotalWait, MaxWait, Served int
	MaxQueue                   int
}

func (s Stats) String() string {
	avg := 0.0
	if s.Served > 0 {
		avg = float64(s.TotalWait) / float64(s.Served)
	}
	return fmt.Sprintf("served=%d avgWait=%.2f maxWait=%d maxQueue=%d", s.Served, avg, s.MaxWait, s.MaxQueue)
}

func simulate(tellers int, minutes int, seed uint64) (Stats, []*Teller) {
	rng := rand.New(rand.NewPCG(seed, seed*31+7))
	var q Queue[Customer]
	ts := make([]*Teller, tellers)
	for i := range ts {
		ts[i] = &Teller{Name: string(rune('A' + i))}
	}
	var st Stats
	next := 1
	for now := 0; now < minutes; now++ {
		if rng.IntN(10) < 4 {
			q.Push(Customer{ID: next, Arrival: now, Service: 2 + rng.IntN(6)})
			next++
		}
		st.MaxQueue = max(st.MaxQueue, q.Len())
		for _, t := range ts {
			if t.busyFor > 0 {
				t.busyFor--
			}
			if t.Free() {
				c, ok := q.Pop()
				if !ok {
					continue
				}
				wait := now - c.Arrival
				st.TotalWait += wait
				st.MaxWait = max(st.MaxWait, wait)
				st.Served++
				t.busyFor = c.Service
				t.served = append(t.served, c.ID)
			}
		}
	}
	return st, ts
}

func main() {
	for _, n := range []int{1, 2, 3} {
		st, ts := simulate(n, 120, 42)
		fmt.Printf("%d teller(s): %v\n", n, st)
		for _, t := range ts {
			ids := make([]string, 0, 5)
			for _, id := range t.served[:min(5, len(t.served))] {
				ids = append(ids, fmt.Sprint(id))
			}
			fmt.Printf("  %s served %2d, first: %s\n", t.Name, len(t.served), strings.Join(ids, ","))
		}
	}
	st1, _ := simulate(2, 60, 1)
	st2, _ := simulate(2, 60, 1)
	fmt.Println("reproducible:", st1 == st2)
	fmt.Printf("%+v\n", st1)
}

package main

import (
	"container/list"
	"fmt"
	"math/rand"
	"strings"
)

type Customer struct {
	ID       int
	Arrival  int
	Service  int
	Started  int
	Finished int
}

type Teller struct {
	Name    string
	Busy    *Customer
	Served  int
	IdleFor int
}

func (t *Teller) String() string {
	if t.Busy == nil {
		return t.Name + "(idle)"
	}
	return fmt.Sprintf("%s(#%d)", t.Name, t.Busy.ID)
}

func main() {
	rng := rand.New(rand.NewSource(42))
	queue := list.New()
	tellers := []*Teller{{Name: "Ann"}, {Name: "Bob"}}
	var done []*Customer
	nextID := 1

	for tick := 0; tick < 30; tick++ {
		if rng.Intn(10) < 6 {
			c := &Customer{ID: nextID, Arrival: tick, Service: 2 + rng.Intn(4)}
			nextID++
			queue.PushBack(c)
		}
		for _, t := range tellers {
			if t.Busy != nil && tick-t.Busy.Started >= t.Busy.Service {
				t.Busy.Finished = tick
				done = append(done, t.Busy)
				t.Busy = nil
				t.Served++
			}
			if t.Busy == nil {
				if front := queue.Front(); front != nil {
					c := queue.Remove(front).(*Customer)
					c.Started = tick
					t.Busy = c
				} else {
					t.IdleFor++
				}
			}
		}
		if tick%5 == 0 {
			names := make([]string, len(tellers))
			for i, t := range tellers {
				names[i] = t.String()
			}
			fmt.Printf("t=%02d queue=%d %s\n", tick, queue.Len(), strings.Join(names, " "))
		}
	}

	totalWait := 0
	maxWait := 0
	for _, c := range done {
		w := c.Started - c.Arrival
		totalWait += w
		if w > maxWait {
			maxWait = w
		}
	}
	fmt.Printf("served=%d waiting=%d\n", len(done), queue.Len())
	if len(done) > 0 {
		fmt.Printf("avg wait=%.2f max wait=%d\n", float64(totalWait)/float64(len(done)), maxWait)
	}
	for _, t := range tellers {
		fmt.Printf("%+v\n", struct {
			Name   string
			Served int
			Idle   int
		}{t.Name, t.Served, t.IdleFor})
	}
}

package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
)

type Customer struct {
	ID      int
	Service int // ticks
}

type Stat struct {
	Teller int
	Served []int
	Busy   int
}

func teller(id int, in <-chan Customer, quit <-chan struct{}, out chan<- Stat, wg *sync.WaitGroup) {
	defer wg.Done()
	st := Stat{Teller: id}
	for {
		select {
		case c, ok := <-in:
			if !ok {
				out <- st
				return
			}
			st.Served = append(st.Served, c.ID)
			st.Busy += c.Service
		case <-quit:
			out <- st
			return
		}
	}
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	customers := make([]Customer, 20)
	for i := range customers {
		customers[i] = Customer{ID: i + 1, Service: 1 + r.IntN(9)}
	}
	// deterministic assignment: shortest-total-work teller gets the next customer
	const nTellers = 3
	load := make([]int, nTellers)
	queues := make([]chan Customer, nTellers)
	for i := range queues {
		queues[i] = make(chan Customer, len(customers))
	}
	for _, c := range customers {
		best := 0
		for t := 1; t < nTellers; t++ {
			if load[t] < load[best] {
				best = t
			}
		}
		load[best] += c.Service
		queues[best] <- c
	}
	quit := make(chan struct{})
	out := make(chan Stat, nTellers)
	var wg sync.WaitGroup
	for t := 0; t < nTellers; t++ {
		close(queues[t])
		wg.Add(1)
		go teller(t, queues[t], quit, out, &wg)
	}
	wg.Wait()
	close(quit)
	close(out)
	var stats []Stat
	for s := range out {
		stats = append(stats, s)
	}
	sort.Slice(stats, func(i, j int) bool { return stats[i].Teller < stats[j].Teller })
	fmt.Printf("%-7s %5s %5s  %s\n", "teller", "busy", "count", "customers")
	for _, s := range stats {
		fmt.Printf("%-7d %5d %5d  %v\n", s.Teller, s.Busy, len(s.Served), s.Served)
	}
	fmt.Println("loads:", load)
}

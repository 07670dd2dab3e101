package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Teller struct {
	Name    string
	BusyTil int
	Served  []int
	Idle    int
}

type Sim struct {
	rng     *rand.Rand
	tellers []*Teller
	queue   []Customer
	waits   []int
	maxQ    int
}

func (s *Sim) Run(minutes int, arrivalP float64) {
	id := 0
	for t := 0; t < minutes || len(s.queue) > 0; t++ {
		if t < minutes && s.rng.Float64() < arrivalP {
			id++
			s.queue = append(s.queue, Customer{id, t, 2 + s.rng.Intn(7)})
		}
		for _, tl := range s.tellers {
			if tl.BusyTil > t {
				continue
			}
			if len(s.queue) == 0 {
				tl.Idle++
				continue
			}
			c := s.queue[0]
			s.queue = s.queue[1:]
			s.waits = append(s.waits, t-c.Arrival)
			tl.BusyTil = t + c.Service
			tl.Served = append(tl.Served, c.ID)
		}
		s.maxQ = max(s.maxQ, len(s.queue))
	}
}

func stats(xs []int) (mean float64, median, p90, worst int) {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	sum := 0
	for _, x := range s {
		sum += x
	}
	return float64(sum) / float64(len(s)), s[len(s)/2], s[len(s)*9/10], s[len(s)-1]
}

func main() {
	for _, n := range []int{1, 2, 3} {
		sim := &Sim{rng: rand.New(rand.NewSource(2024))}
		for i := 0; i < n; i++ {
			sim.tellers = append(sim.tellers, &Teller{Name: string(rune('A' + i))})
		}
		sim.Run(240, 0.3)
		mean, med, p90, worst := stats(sim.waits)
		fmt.Printf("tellers=%d customers=%d maxQ=%d wait mean=%.2f median=%d p90=%d max=%d\n",
			n, len(sim.waits), sim.maxQ, mean, med, p90, worst)
		for _, tl := range sim.tellers {
			fmt.Printf("  teller %s served %d idle %d first %v\n", tl.Name, len(tl.Served), tl.Idle, tl.Served[:min(5, len(tl.Served))])
		}
	}
}

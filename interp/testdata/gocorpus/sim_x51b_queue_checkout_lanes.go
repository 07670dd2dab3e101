package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Customer struct {
	ID      int
	Arrive  int
	Items   int
	Express bool
}

type Lane struct {
	Name     string
	Express  bool
	Queue    []Customer
	BusyTill int
	Served   int
	Waited   int
}

func (l *Lane) Accepts(c Customer) bool { return !l.Express || c.Items <= 10 }

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	lanes := []*Lane{{Name: "L1"}, {Name: "L2"}, {Name: "EX", Express: true}}
	var customers []Customer
	t := 0
	for i := 1; i <= 25; i++ {
		t += rng.IntN(4)
		customers = append(customers, Customer{ID: i, Arrive: t, Items: 1 + rng.IntN(30)})
	}
	next := 0
	for clock := 0; clock < 400; clock++ {
		for next < len(customers) && customers[next].Arrive == clock {
			c := customers[next]
			var best *Lane
			for _, l := range lanes {
				if !l.Accepts(c) {
					continue
				}
				if best == nil || len(l.Queue) < len(best.Queue) {
					best = l
				}
			}
			best.Queue = append(best.Queue, c)
			next++
		}
		for _, l := range lanes {
			if clock >= l.BusyTill && len(l.Queue) > 0 {
				c := l.Queue[0]
				l.Queue = l.Queue[1:]
				l.Waited += clock - c.Arrive
				l.BusyTill = clock + 1 + c.Items/5
				l.Served++
			}
		}
	}
	for _, l := range lanes {
		avg := 0.0
		if l.Served > 0 {
			avg = float64(l.Waited) / float64(l.Served)
		}
		fmt.Printf("%s served=%2d avg wait=%5.2f %s\n", l.Name, l.Served, avg, strings.Repeat("#", l.Served))
	}
	fmt.Println(customers[0], customers[len(customers)-1])
	fmt.Println(rng.Float64() < 1, rng.Perm(5))
}

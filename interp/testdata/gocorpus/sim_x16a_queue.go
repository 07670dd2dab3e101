package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	Name   string
	BusyTo int
	Served []int
}

func main() {
	r := rand.New(rand.NewSource(42))
	var customers []Customer
	t := 0
	for i := 1; i <= 12; i++ {
		t += r.Intn(4)
		customers = append(customers, Customer{i, t, 2 + r.Intn(5)})
	}
	tellers := []*Teller{{Name: "T1"}, {Name: "T2"}}
	totalWait, maxWait := 0, 0
	for _, c := range customers {
		best := tellers[0]
		for _, tl := range tellers[1:] {
			if tl.BusyTo < best.BusyTo {
				best = tl
			}
		}
		start := max(c.Arrive, best.BusyTo)
		wait := start - c.Arrive
		totalWait += wait
		maxWait = max(maxWait, wait)
		best.BusyTo = start + c.Service
		best.Served = append(best.Served, c.ID)
		fmt.Printf("c%-2d arrive=%2d start=%2d wait=%d by %s\n", c.ID, c.Arrive, start, wait, best.Name)
	}
	for _, tl := range tellers {
		ids := make([]string, len(tl.Served))
		for i, id := range tl.Served {
			ids[i] = fmt.Sprint(id)
		}
		fmt.Printf("%s served %s, free at %d\n", tl.Name, strings.Join(ids, ","), tl.BusyTo)
	}
	fmt.Printf("avg wait %.2f max %d\n", float64(totalWait)/float64(len(customers)), maxWait)
}

package main

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

type Customer struct {
	ID      int
	Arrive  time.Duration
	Service time.Duration
}

type Teller struct {
	Name   string
	FreeAt time.Duration
	Served []int
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var custs []Customer
	var t time.Duration
	for i := 1; i <= 12; i++ {
		t += time.Duration(rng.Intn(180)) * time.Second
		custs = append(custs, Customer{i, t, time.Duration(60+rng.Intn(300)) * time.Second})
	}
	tellers := []*Teller{{Name: "A"}, {Name: "B"}}
	var totalWait, maxWait time.Duration
	for _, c := range custs {
		best := tellers[0]
		for _, tl := range tellers[1:] {
			if tl.FreeAt < best.FreeAt {
				best = tl
			}
		}
		start := max(c.Arrive, best.FreeAt)
		wait := start - c.Arrive
		totalWait += wait
		maxWait = max(maxWait, wait)
		best.FreeAt = start + c.Service
		best.Served = append(best.Served, c.ID)
		fmt.Printf("c%-2d arrive %-6v wait %-6v teller %s done %v\n", c.ID, c.Arrive, wait, best.Name, best.FreeAt)
	}
	for _, tl := range tellers {
		fmt.Printf("%s served %v until %v\n", tl.Name, tl.Served, tl.FreeAt)
	}
	fmt.Println("avg wait", (totalWait / time.Duration(len(custs))).Round(time.Second), "max", maxWait)
	fmt.Println(strings.Repeat("=", 20))
}

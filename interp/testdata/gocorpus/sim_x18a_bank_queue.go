package main

import (
	"fmt"
	"math/rand"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	ID     int
	FreeAt int
	Served []int
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var customers []Customer
	t := 0
	for i := range 20 {
		t += rng.Intn(4)
		customers = append(customers, Customer{i, t, 2 + rng.Intn(6)})
	}
	tellers := []*Teller{{ID: 1}, {ID: 2}, {ID: 3}}
	totalWait, maxWait := 0, 0
	for _, c := range customers {
		best := tellers[0]
		for _, tl := range tellers[1:] {
			if tl.FreeAt < best.FreeAt {
				best = tl
			}
		}
		start := max(best.FreeAt, c.Arrive)
		wait := start - c.Arrive
		totalWait += wait
		maxWait = max(maxWait, wait)
		best.FreeAt = start + c.Service
		best.Served = append(best.Served, c.ID)
	}
	for _, tl := range tellers {
		fmt.Printf("teller %d served %2d, free at %3d: %v\n", tl.ID, len(tl.Served), tl.FreeAt, tl.Served)
	}
	fmt.Printf("avg wait %.2f max %d\n", float64(totalWait)/float64(len(customers)), maxWait)
	fmt.Println(customers[:3])
	walk := 0
	path := make([]int, 0, 15)
	for range 15 {
		if rng.Float64() < 0.5 {
			walk--
		} else {
			walk++
		}
		path = append(path, walk)
	}
	fmt.Println(path)
	fmt.Println(rng.Int63n(1000), rng.NormFloat64() > -100)
}

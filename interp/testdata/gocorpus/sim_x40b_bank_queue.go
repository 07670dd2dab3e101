package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Customer struct {
	ID      int
	Arrival int
	Service int
}

type Teller struct {
	Name   string
	BusyTo int
	Served []int
}

func simulate(r *rand.Rand, n, tellers int) (avgWait float64, maxWait int, ts []*Teller) {
	var custs []Customer
	t := 0
	for i := range n {
		t += r.IntN(4)
		custs = append(custs, Customer{ID: i, Arrival: t, Service: 1 + r.IntN(6)})
	}
	for i := range tellers {
		ts = append(ts, &Teller{Name: string(rune('A' + i))})
	}
	total := 0
	for _, c := range custs {
		best := slices.MinFunc(ts, func(a, b *Teller) int { return a.BusyTo - b.BusyTo })
		start := max(best.BusyTo, c.Arrival)
		wait := start - c.Arrival
		total += wait
		maxWait = max(maxWait, wait)
		best.BusyTo = start + c.Service
		best.Served = append(best.Served, c.ID)
	}
	return float64(total) / float64(n), maxWait, ts
}

func histogram(r *rand.Rand, rolls int) map[int]int {
	h := map[int]int{}
	for range rolls {
		h[r.IntN(6)+1+r.IntN(6)+1]++
	}
	return h
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for _, k := range []int{1, 2, 3} {
		avg, mx, ts := simulate(r, 20, k)
		fmt.Printf("tellers=%d avg=%.2f max=%d\n", k, avg, mx)
		for _, t := range ts {
			fmt.Printf("  %s served %d, free at %d\n", t.Name, len(t.Served), t.BusyTo)
		}
	}

	h := histogram(rand.New(rand.NewPCG(3, 4)), 600)
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %-3d %s\n", s, h[s], strings.Repeat("#", h[s]/10))
	}

	// shuffle and perm are deterministic with a fixed source
	r2 := rand.New(rand.NewPCG(7, 7))
	deck := []string{"A", "K", "Q", "J", "10"}
	r2.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, r2.Perm(5), r2.Float64() < 1)
}

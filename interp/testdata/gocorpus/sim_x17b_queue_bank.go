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
	ID     int
	BusyTo int
	Served []int
}

type Stats struct {
	TotalWait, MaxWait, Served int
}

func (s Stats) String() string {
	avg := 0.0
	if s.Served > 0 {
		avg = float64(s.TotalWait) / float64(s.Served)
	}
	return fmt.Sprintf("served=%d avgWait=%.2f maxWait=%d", s.Served, avg, s.MaxWait)
}

func simulate(customers []Customer, nTellers int) (Stats, []*Teller) {
	tellers := make([]*Teller, nTellers)
	for i := range tellers {
		tellers[i] = &Teller{ID: i + 1}
	}
	var st Stats
	for _, c := range customers {
		best := tellers[0]
		for _, t := range tellers[1:] {
			if t.BusyTo < best.BusyTo {
				best = t
			}
		}
		start := max(c.Arrive, best.BusyTo)
		wait := start - c.Arrive
		st.TotalWait += wait
		st.MaxWait = max(st.MaxWait, wait)
		st.Served++
		best.BusyTo = start + c.Service
		best.Served = append(best.Served, c.ID)
	}
	return st, tellers
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var customers []Customer
	t := 0
	for i := 1; i <= 20; i++ {
		t += rng.Intn(4)
		customers = append(customers, Customer{i, t, 2 + rng.Intn(6)})
	}
	fmt.Println(customers[:3])
	for n := 1; n <= 3; n++ {
		st, tellers := simulate(customers, n)
		fmt.Printf("%d tellers: %v\n", n, st)
		for _, tl := range tellers {
			fmt.Printf("  teller %d busy until %d: %s\n", tl.ID, tl.BusyTo, strings.Trim(fmt.Sprint(tl.Served), "[]"))
		}
	}
	r2 := rand.New(rand.NewSource(7))
	perm := r2.Perm(6)
	fmt.Println(perm, r2.Float64() < 1)
	words := []string{"a", "b", "c", "d"}
	r2.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(len(words))
}

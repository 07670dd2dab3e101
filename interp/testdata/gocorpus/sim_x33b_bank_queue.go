package main

import (
	"container/list"
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
	Name     string
	busyTill int
	served   []int
}

type Stats struct {
	totalWait, maxWait, served int
}

func (s Stats) String() string {
	avg := 0.0
	if s.served > 0 {
		avg = float64(s.totalWait) / float64(s.served)
	}
	return fmt.Sprintf("served=%d avgWait=%.2f maxWait=%d", s.served, avg, s.maxWait)
}

func simulate(tellers []*Teller, customers []Customer) Stats {
	queue := list.New()
	var st Stats
	next := 0
	for t := 0; next < len(customers) || queue.Len() > 0; t++ {
		for next < len(customers) && customers[next].Arrive == t {
			queue.PushBack(customers[next])
			next++
		}
		for _, tl := range tellers {
			if tl.busyTill <= t && queue.Len() > 0 {
				c := queue.Remove(queue.Front()).(Customer)
				wait := t - c.Arrive
				st.totalWait += wait
				st.maxWait = max(st.maxWait, wait)
				st.served++
				tl.busyTill = t + c.Service
				tl.served = append(tl.served, c.ID)
			}
		}
		if t > 10000 {
			panic("runaway simulation")
		}
	}
	return st
}

func main() {
	r := rand.New(rand.NewSource(42))
	var customers []Customer
	t := 0
	for i := 1; i <= 20; i++ {
		t += r.Intn(4)
		customers = append(customers, Customer{ID: i, Arrive: t, Service: 2 + r.Intn(6)})
	}
	fmt.Println("first five:", customers[:5])
	for n := 1; n <= 3; n++ {
		var tellers []*Teller
		for i := 0; i < n; i++ {
			tellers = append(tellers, &Teller{Name: string(rune('A' + i))})
		}
		st := simulate(tellers, customers)
		fmt.Printf("%d teller(s): %v\n", n, st)
		for _, tl := range tellers {
			ids := make([]string, len(tl.served))
			for i, id := range tl.served {
				ids[i] = fmt.Sprint(id)
			}
			fmt.Printf("   %s: %s\n", tl.Name, strings.Join(ids, " "))
		}
	}
	perm := r.Perm(5)
	fmt.Println(perm, r.Float64() < 1)
}

package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
	Start   int
	Teller  int
}

type Teller struct {
	ID     int
	FreeAt int
	Served int
	Busy   int
}

func simulate(r *rand.Rand, n, tellers int) ([]Customer, []*Teller) {
	custs := make([]Customer, n)
	t := 0
	for i := range custs {
		t += r.IntN(4)
		custs[i] = Customer{ID: i + 1, Arrive: t, Service: 2 + r.IntN(6)}
	}
	ts := make([]*Teller, tellers)
	for i := range ts {
		ts[i] = &Teller{ID: i + 1}
	}
	for i := range custs {
		c := &custs[i]
		sort.SliceStable(ts, func(a, b int) bool {
			if ts[a].FreeAt != ts[b].FreeAt {
				return ts[a].FreeAt < ts[b].FreeAt
			}
			return ts[a].ID < ts[b].ID
		})
		best := ts[0]
		c.Start = max(c.Arrive, best.FreeAt)
		c.Teller = best.ID
		best.FreeAt = c.Start + c.Service
		best.Served++
		best.Busy += c.Service
	}
	sort.Slice(ts, func(a, b int) bool { return ts[a].ID < ts[b].ID })
	return custs, ts
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	custs, tellers := simulate(r, 12, 2)
	var waits []int
	for _, c := range custs {
		w := c.Start - c.Arrive
		waits = append(waits, w)
		fmt.Printf("c%-2d arrive=%2d start=%2d svc=%d teller=%d wait=%s\n", c.ID, c.Arrive, c.Start, c.Service, c.Teller, strings.Repeat(".", w))
	}
	end := 0
	for _, t := range tellers {
		end = max(end, t.FreeAt)
	}
	for _, t := range tellers {
		fmt.Printf("teller %d served %d busy %d/%d (%.0f%%)\n", t.ID, t.Served, t.Busy, end, 100*float64(t.Busy)/float64(end))
	}
	sort.Ints(waits)
	sum := 0
	for _, w := range waits {
		sum += w
	}
	fmt.Printf("avg wait %.2f, max %d, median %d\n", float64(sum)/float64(len(waits)), waits[len(waits)-1], waits[len(waits)/2])

	for _, k := range []int{1, 2, 3} {
		rr := rand.New(rand.NewPCG(42, 7))
		cs, _ := simulate(rr, 50, k)
		tot := 0
		for _, c := range cs {
			tot += c.Start - c.Arrive
		}
		fmt.Printf("%d tellers: total wait %d\n", k, tot)
	}

	r2 := rand.New(rand.NewPCG(9, 9))
	perm := r2.Perm(6)
	fmt.Println(perm, r2.Float64() < 1, r2.IntN(100))
	deck := []string{"A", "K", "Q", "J", "10"}
	r2.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
}

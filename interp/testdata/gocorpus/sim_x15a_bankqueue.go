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

func simulate(rng *rand.Rand, n, tellers int) ([]Customer, []*Teller) {
	var cs []Customer
	t := 0
	for i := 0; i < n; i++ {
		t += rng.IntN(4)
		cs = append(cs, Customer{ID: i + 1, Arrive: t, Service: 2 + rng.IntN(6)})
	}
	ts := make([]*Teller, tellers)
	for i := range ts {
		ts[i] = &Teller{ID: i + 1}
	}
	for i := range cs {
		c := &cs[i]
		sort.SliceStable(ts, func(a, b int) bool {
			if ts[a].FreeAt != ts[b].FreeAt {
				return ts[a].FreeAt < ts[b].FreeAt
			}
			return ts[a].ID < ts[b].ID
		})
		tl := ts[0]
		c.Start = max(c.Arrive, tl.FreeAt)
		c.Teller = tl.ID
		tl.FreeAt = c.Start + c.Service
		tl.Served++
		tl.Busy += c.Service
	}
	sort.Slice(ts, func(a, b int) bool { return ts[a].ID < ts[b].ID })
	return cs, ts
}

func main() {
	for _, tellers := range []int{1, 2, 3} {
		rng := rand.New(rand.NewPCG(7, 11))
		cs, ts := simulate(rng, 12, tellers)
		totalWait, maxWait, end := 0, 0, 0
		for _, c := range cs {
			w := c.Start - c.Arrive
			totalWait += w
			maxWait = max(maxWait, w)
			end = max(end, c.Start+c.Service)
		}
		fmt.Printf("tellers=%d avg wait=%.2f max wait=%d end=%d\n", tellers, float64(totalWait)/float64(len(cs)), maxWait, end)
		for _, t := range ts {
			fmt.Printf("  teller %d served %d busy %d (%.0f%%)\n", t.ID, t.Served, t.Busy, 100*float64(t.Busy)/float64(end))
		}
		if tellers == 2 {
			var sb strings.Builder
			for _, c := range cs[:6] {
				fmt.Fprintf(&sb, "#%d a=%d s=%d start=%d T%d; ", c.ID, c.Arrive, c.Service, c.Start, c.Teller)
			}
			fmt.Println(sb.String())
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	perm := r.Perm(8)
	fmt.Println(perm, r.IntN(100), r.Float64() < 1)
	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
}

package main

import (
	"container/ring"
	"fmt"
	"strings"
)

type Seat struct {
	Name  string
	Chips int
}

func main() {
	names := []string{"ana", "ben", "cal", "dot", "eve"}
	r := ring.New(len(names))
	for _, n := range names {
		r.Value = &Seat{n, 10}
		r = r.Next()
	}
	// hot potato: every k-th player passes chips and is eliminated at zero
	counts := []int{3, 1, 4, 1, 5, 9, 2, 6}
	pot := 0
	for round, k := range counts {
		if r.Len() == 1 {
			break
		}
		for i := 0; i < k-1; i++ {
			r = r.Next()
		}
		loser := r.Next().Value.(*Seat)
		loser.Chips -= 4
		pot += 4
		var sb strings.Builder
		r.Do(func(v any) {
			s := v.(*Seat)
			fmt.Fprintf(&sb, "%s:%d ", s.Name, s.Chips)
		})
		fmt.Printf("round %d k=%d %s pays -> %s\n", round+1, k, loser.Name, strings.TrimSpace(sb.String()))
		if loser.Chips <= 0 {
			removed := r.Unlink(1)
			fmt.Printf("  %s is out (%d left)\n", removed.Value.(*Seat).Name, r.Len())
		}
	}
	fmt.Println("pot:", pot)
	best := r.Value.(*Seat)
	r.Do(func(v any) {
		if s := v.(*Seat); s.Chips > best.Chips {
			best = s
		}
	})
	fmt.Printf("leader: %+v\n", *best)
}

package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Party struct {
	Name    string
	Size    int
	Arrival int
	Seated  int
}

type Table struct {
	ID       int
	Seats    int
	FreeAt   int
	Occupant *Party
}

type Restaurant struct {
	tables  []*Table
	waiting []*Party
	served  []*Party
	clock   int
}

func (r *Restaurant) tick(rng *rand.Rand) {
	for _, t := range r.tables {
		if t.Occupant != nil && t.FreeAt <= r.clock {
			t.Occupant = nil
		}
	}
	kept := r.waiting[:0]
	for _, p := range r.waiting {
		idx := slices.IndexFunc(r.tables, func(t *Table) bool {
			return t.Occupant == nil && t.Seats >= p.Size
		})
		if idx < 0 {
			kept = append(kept, p)
			continue
		}
		t := r.tables[idx]
		t.Occupant = p
		t.FreeAt = r.clock + 20 + rng.IntN(15)
		p.Seated = r.clock
		r.served = append(r.served, p)
	}
	r.waiting = kept
}

func (r *Restaurant) status() string {
	var parts []string
	for _, t := range r.tables {
		if t.Occupant == nil {
			parts = append(parts, fmt.Sprintf("T%d:-", t.ID))
		} else {
			parts = append(parts, fmt.Sprintf("T%d:%s", t.ID, t.Occupant.Name))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	r := &Restaurant{tables: []*Table{{ID: 1, Seats: 2}, {ID: 2, Seats: 4}, {ID: 3, Seats: 4}, {ID: 4, Seats: 6}}}
	names := []string{"Ames", "Brown", "Chen", "Diaz", "Evans", "Fox", "Gupta", "Hale", "Ito", "Jones"}
	next := 0
	for r.clock = 0; r.clock <= 90; r.clock += 5 {
		if next < len(names) && rng.IntN(10) < 7 {
			p := &Party{Name: names[next], Size: 1 + rng.IntN(6), Arrival: r.clock}
			r.waiting = append(r.waiting, p)
			next++
		}
		r.tick(rng)
		if r.clock%15 == 0 {
			fmt.Printf("t=%02d waiting=%d %s\n", r.clock, len(r.waiting), r.status())
		}
	}
	totalWait := 0
	for _, p := range r.served {
		w := p.Seated - p.Arrival
		totalWait += w
		fmt.Printf("%-6s party of %d waited %2d min\n", p.Name, p.Size, w)
	}
	if n := len(r.served); n > 0 {
		fmt.Printf("average wait %.1f min over %d parties\n", float64(totalWait)/float64(n), n)
	}
	for _, p := range r.waiting {
		fmt.Println("still waiting:", p.Name, p.Size)
	}
	perm := rng.Perm(5)
	fmt.Println(perm, rng.Float64() < 1)
}

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Competitor interface {
	comparable
	Rating() int
}

type Team struct {
	Name string
	Elo  int
}

func (t Team) Rating() int { return t.Elo }

type Player string

func (p Player) Rating() int { return len(p) * 100 }

type Match[C Competitor] struct {
	A, B   C
	Winner C
}

func Round[C Competitor](field []C) ([]C, []Match[C]) {
	var next []C
	var ms []Match[C]
	for i := 0; i+1 < len(field); i += 2 {
		m := Match[C]{A: field[i], B: field[i+1]}
		m.Winner = m.A
		if m.B.Rating() > m.A.Rating() {
			m.Winner = m.B
		}
		ms = append(ms, m)
		next = append(next, m.Winner)
	}
	if len(field)%2 == 1 {
		next = append(next, field[len(field)-1])
	}
	return next, ms
}

func Tournament[C Competitor](field []C, show func(C) string) C {
	seeded := slices.Clone(field)
	slices.SortStableFunc(seeded, func(a, b C) int { return cmp.Compare(b.Rating(), a.Rating()) })
	round := 1
	for len(seeded) > 1 {
		var ms []Match[C]
		seeded, ms = Round(seeded)
		parts := make([]string, len(ms))
		for i, m := range ms {
			parts[i] = show(m.A) + " v " + show(m.B) + " => " + show(m.Winner)
		}
		fmt.Printf("round %d: %s\n", round, strings.Join(parts, "; "))
		round++
	}
	return seeded[0]
}

func main() {
	teams := []Team{{"Ants", 1500}, {"Bees", 1620}, {"Cats", 1480}, {"Dogs", 1710}, {"Eels", 1550}}
	champ := Tournament(teams, func(t Team) string { return t.Name })
	fmt.Printf("champion: %+v\n", champ)
	players := []Player{"al", "bea", "chris", "dan", "evangeline", "flo"}
	p := Tournament(players, func(p Player) string { return string(p) })
	fmt.Printf("champion: %v (%T)\n", p, p)
	m := Match[Team]{A: teams[0], B: teams[1], Winner: teams[1]}
	fmt.Printf("%v\n", m)
	fmt.Println(m.Winner == teams[1])
}

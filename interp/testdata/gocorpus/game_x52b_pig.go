package main

import (
	"fmt"
	"math/rand"
)

type Strategy interface {
	Hold(turnTotal, myScore, oppScore int) bool
	Name() string
}

type HoldAt int

func (h HoldAt) Hold(t, _, _ int) bool { return t >= int(h) }
func (h HoldAt) Name() string          { return fmt.Sprintf("hold@%d", int(h)) }

type Catchup struct{ HoldAt }

func (c Catchup) Hold(t, me, opp int) bool {
	if opp-me > 30 {
		return t >= int(c.HoldAt)*2
	}
	return c.HoldAt.Hold(t, me, opp)
}
func (c Catchup) Name() string { return "catchup/" + c.HoldAt.Name() }

type player struct {
	s     Strategy
	score int
}

func main() {
	rng := rand.New(rand.NewSource(2024))
	ps := []*player{{s: HoldAt(20)}, {s: Catchup{HoldAt(15)}}}
	for turn := 0; turn < 60; turn++ {
		p := ps[turn%2]
		opp := ps[(turn+1)%2]
		total := 0
		rolls := []int{}
		for {
			d := rng.Intn(6) + 1
			rolls = append(rolls, d)
			if d == 1 {
				total = 0
				break
			}
			total += d
			if p.s.Hold(total, p.score, opp.score) || p.score+total >= 100 {
				break
			}
		}
		p.score += total
		fmt.Printf("%-16s rolls %v +%d => %d\n", p.s.Name(), rolls, total, p.score)
		if p.score >= 100 {
			fmt.Printf("%s wins %d-%d (%T)\n", p.s.Name(), p.score, opp.score, p.s)
			return
		}
	}
	fmt.Println("no winner")
}

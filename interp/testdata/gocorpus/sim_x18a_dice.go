package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Player struct {
	Name  string
	Score int
	Rolls []int
}

func (p *Player) Turn(r *rand.Rand) int {
	total := 0
	for {
		d := r.Intn(6) + 1
		p.Rolls = append(p.Rolls, d)
		if d == 1 {
			return 0
		}
		total += d
		if total >= 15 {
			return total
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	players := []*Player{{Name: "Ada"}, {Name: "Ben"}, {Name: "Cleo"}}
	round := 0
	var winner *Player
	for winner == nil && round < 50 {
		round++
		for _, p := range players {
			p.Score += p.Turn(r)
			if p.Score >= 60 {
				winner = p
				break
			}
		}
	}
	fmt.Println("rounds:", round)
	for _, p := range players {
		fmt.Printf("%-5s %3d rolls=%d\n", p.Name, p.Score, len(p.Rolls))
	}
	fmt.Println("winner:", winner.Name)
	hist := make([]int, 7)
	for _, p := range players {
		for _, d := range p.Rolls {
			hist[d]++
		}
	}
	for face := 1; face <= 6; face++ {
		fmt.Printf("%d %s\n", face, strings.Repeat("#", hist[face]))
	}
	deck := r.Perm(10)
	fmt.Println(deck)
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, r.Float64() < 2)
}

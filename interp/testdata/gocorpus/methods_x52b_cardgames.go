package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit byte
type Rank byte

type Card struct {
	R Rank
	S Suit
}

func (c Card) String() string {
	return string("..23456789TJQKA"[c.R]) + string(c.S)
}

type Deck []Card

func NewDeck() Deck {
	var d Deck
	for _, s := range []Suit("SHDC") {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) { r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] }) }

func (d *Deck) Draw(n int) Deck {
	h := slices.Clone((*d)[:n])
	*d = (*d)[n:]
	return h
}

type Evaluator func(Deck) (string, int)

func classify(h Deck) (string, int) {
	counts := map[Rank]int{}
	suits := map[Suit]int{}
	for _, c := range h {
		counts[c.R]++
		suits[c.S]++
	}
	var cs []int
	for _, n := range counts {
		cs = append(cs, n)
	}
	slices.Sort(cs)
	slices.Reverse(cs)
	flush := len(suits) == 1
	switch {
	case flush:
		return "flush", 5
	case cs[0] == 4:
		return "four of a kind", 7
	case cs[0] == 3 && cs[1] == 2:
		return "full house", 6
	case cs[0] == 3:
		return "three of a kind", 3
	case cs[0] == 2 && cs[1] == 2:
		return "two pair", 2
	case cs[0] == 2:
		return "pair", 1
	}
	return "high card", 0
}

func main() {
	r := rand.New(rand.NewPCG(8, 9))
	d := NewDeck()
	d.Shuffle(r)
	var eval Evaluator = classify
	show := Deck.String
	players := []string{"north", "east", "south", "west"}
	best, bestScore := "", -1
	for _, p := range players {
		h := d.Draw(5)
		slices.SortFunc(h, func(a, b Card) int { return int(b.R) - int(a.R) })
		name, score := eval(h)
		fmt.Printf("%-5s %s -> %s\n", p, show(h), name)
		if score > bestScore {
			best, bestScore = p, score
		}
	}
	fmt.Println("winner:", best, "cards left:", len(d))
	draw := d.Draw
	fmt.Println(draw(3), len(d))
}

func (d Deck) String() string {
	parts := make([]string, len(d))
	for i, c := range d {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

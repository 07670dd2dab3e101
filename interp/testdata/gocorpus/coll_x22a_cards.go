package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit uint8
type Rank uint8

const suits = "♣♦♥♠"

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string {
	r := "??23456789TJQKA"[c.Rank]
	return string(r) + string([]rune(suits)[c.Suit])
}

type Deck []Card

func NewDeck() Deck {
	d := make(Deck, 0, 52)
	for s := range Suit(4) {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Deal(n int) []Card {
	hand := slices.Clone((*d)[:n])
	*d = (*d)[n:]
	return hand
}

func classify(hand []Card) string {
	counts := map[Rank]int{}
	flush := true
	for i, c := range hand {
		counts[c.Rank]++
		if i > 0 && c.Suit != hand[0].Suit {
			flush = false
		}
	}
	var groups []int
	for _, n := range counts {
		groups = append(groups, n)
	}
	slices.Sort(groups)
	slices.Reverse(groups)
	ranks := make([]int, len(hand))
	for i, c := range hand {
		ranks[i] = int(c.Rank)
	}
	slices.Sort(ranks)
	straight := len(counts) == 5 && ranks[4]-ranks[0] == 4
	switch {
	case straight && flush:
		return "straight flush"
	case groups[0] == 4:
		return "four of a kind"
	case groups[0] == 3 && groups[1] == 2:
		return "full house"
	case flush:
		return "flush"
	case straight:
		return "straight"
	case groups[0] == 3:
		return "three of a kind"
	case groups[0] == 2 && groups[1] == 2:
		return "two pair"
	case groups[0] == 2:
		return "pair"
	}
	return "high card"
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	tally := map[string]int{}
	for round := 0; round < 200; round++ {
		d := NewDeck()
		r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
		for p := 0; p < 4; p++ {
			h := d.Deal(5)
			slices.SortFunc(h, func(a, b Card) int { return int(a.Rank) - int(b.Rank) })
			kind := classify(h)
			tally[kind]++
			if round < 2 {
				fmt.Printf("round %d player %d: %v %s\n", round, p, h, kind)
			}
		}
	}
	fmt.Println(tally)
	fmt.Println(classify([]Card{{10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 1}}), strings.ToUpper(Card{14, 3}.String()))
}

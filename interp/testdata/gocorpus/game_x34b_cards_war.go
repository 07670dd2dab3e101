package main

import (
	"fmt"
	"math/rand/v2"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{11: "J", 12: "Q", 13: "K", 14: "A"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Deck []Card

func NewDeck() Deck {
	var d Deck
	for s := Clubs; s <= Spades; s++ {
		for r := 2; r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	deck := NewDeck()
	deck.Shuffle(r)
	fmt.Println("top five:", deck[:5])
	p1, p2 := append(Deck{}, deck[:26]...), append(Deck{}, deck[26:]...)
	rounds, wars := 0, 0
	for len(p1) > 0 && len(p2) > 0 && rounds < 200 {
		rounds++
		pot := Deck{p1[0], p2[0]}
		a, b := p1[0], p2[0]
		p1, p2 = p1[1:], p2[1:]
		for a.Rank == b.Rank && len(p1) > 1 && len(p2) > 1 {
			wars++
			pot = append(pot, p1[0], p1[1], p2[0], p2[1])
			a, b = p1[1], p2[1]
			p1, p2 = p1[2:], p2[2:]
		}
		if a.Rank >= b.Rank {
			p1 = append(p1, pot...)
		} else {
			p2 = append(p2, pot...)
		}
		if rounds%40 == 0 {
			fmt.Printf("round %d: %d vs %d\n", rounds, len(p1), len(p2))
		}
	}
	fmt.Printf("after %d rounds (%d wars): p1=%d p2=%d\n", rounds, wars, len(p1), len(p2))
	fmt.Printf("%v %T\n", deck[51], deck[51].Suit)
}

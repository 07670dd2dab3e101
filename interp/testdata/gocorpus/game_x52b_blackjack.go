package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	if n, ok := names[c.Rank]; ok {
		return n + c.Suit
	}
	return fmt.Sprint(c.Rank) + c.Suit
}

type Hand []Card

func (h Hand) Score() (int, bool) {
	total, aces := 0, 0
	for _, c := range h {
		v := min(c.Rank, 10)
		if c.Rank == 1 {
			aces++
			v = 11
		}
		total += v
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	s, _ := h.Score()
	return fmt.Sprintf("[%s]=%d", strings.Join(parts, " "), s)
}

type Deck struct {
	cards []Card
	rng   *rand.Rand
}

func NewDeck(seed uint64) *Deck {
	d := &Deck{rng: rand.New(rand.NewPCG(seed, 2))}
	for _, s := range []string{"s", "h", "d", "c"} {
		for r := 1; r <= 13; r++ {
			d.cards = append(d.cards, Card{r, s})
		}
	}
	d.rng.Shuffle(len(d.cards), func(i, j int) { d.cards[i], d.cards[j] = d.cards[j], d.cards[i] })
	return d
}

func (d *Deck) Deal() Card {
	c := d.cards[0]
	d.cards = d.cards[1:]
	return c
}

func main() {
	d := NewDeck(1)
	wins, losses, pushes := 0, 0, 0
	for round := 1; round <= 5; round++ {
		player := Hand{d.Deal(), d.Deal()}
		dealer := Hand{d.Deal(), d.Deal()}
		fmt.Printf("Round %d: player %v, dealer shows %v\n", round, player, dealer[0])
		for {
			s, _ := player.Score()
			if s >= 17 {
				break
			}
			player = append(player, d.Deal())
			fmt.Println("  player hits:", player)
		}
		ps, _ := player.Score()
		if ps > 21 {
			fmt.Println("  player busts")
			losses++
			continue
		}
		for {
			s, soft := dealer.Score()
			if s > 17 || (s == 17 && !soft) {
				break
			}
			dealer = append(dealer, d.Deal())
		}
		ds, _ := dealer.Score()
		fmt.Println("  dealer:", dealer)
		switch {
		case ds > 21 || ps > ds:
			fmt.Println("  player wins")
			wins++
		case ps < ds:
			fmt.Println("  dealer wins")
			losses++
		default:
			fmt.Println("  push")
			pushes++
		}
	}
	fmt.Printf("W/L/P = %d/%d/%d, %d cards left\n", wins, losses, pushes, len(d.cards))
}

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Card int

func (c Card) Value() int {
	switch {
	case c == 1:
		return 11
	case c >= 10:
		return 10
	}
	return int(c)
}

func (c Card) String() string {
	return map[Card]string{1: "A", 11: "J", 12: "Q", 13: "K"}[c] + map[bool]string{true: fmt.Sprint(int(c))}[c > 1 && c < 11]
}

type Hand []Card

func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Value()
		if c == 1 {
			aces++
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

type Strategy interface {
	Hit(h Hand, dealerUp Card) bool
	Name() string
}

type Cautious struct{}

func (Cautious) Hit(h Hand, _ Card) bool { s, _ := h.Score(); return s < 13 }
func (Cautious) Name() string            { return "cautious" }

type Basic struct{ hits int }

func (b *Basic) Hit(h Hand, up Card) bool {
	s, soft := h.Score()
	hit := s < 12 || (soft && s < 18) || (s < 17 && up.Value() >= 7)
	if hit {
		b.hits++
	}
	return hit
}
func (b *Basic) Name() string { return fmt.Sprintf("basic(%d hits)", b.hits) }

type Shoe struct {
	cards []Card
	r     *rand.Rand
}

func (s *Shoe) Draw() Card {
	if len(s.cards) == 0 {
		for i := 0; i < 4*4; i++ {
			for c := Card(1); c <= 13; c++ {
				s.cards = append(s.cards, c)
			}
		}
		s.r.Shuffle(len(s.cards), func(i, j int) { s.cards[i], s.cards[j] = s.cards[j], s.cards[i] })
	}
	c := s.cards[0]
	s.cards = s.cards[1:]
	return c
}

func play(st Strategy, shoe *Shoe, rounds int, verbose bool) (w, l, p int) {
	for i := 0; i < rounds; i++ {
		player := Hand{shoe.Draw(), shoe.Draw()}
		dealer := Hand{shoe.Draw(), shoe.Draw()}
		for st.Hit(player, dealer[0]) {
			player = append(player, shoe.Draw())
		}
		ps, _ := player.Score()
		for ds, _ := dealer.Score(); ds < 17 && ps <= 21; ds, _ = dealer.Score() {
			dealer = append(dealer, shoe.Draw())
		}
		ds, _ := dealer.Score()
		switch {
		case ps > 21 || (ds <= 21 && ds > ps):
			l++
		case ds > 21 || ps > ds:
			w++
		default:
			p++
		}
		if verbose && i < 3 {
			fmt.Printf("  %v(%d) vs %v(%d)\n", player, ps, dealer, ds)
		}
	}
	return
}

func main() {
	for _, st := range []Strategy{Cautious{}, &Basic{}} {
		shoe := &Shoe{r: rand.New(rand.NewPCG(99, 100))}
		w, l, p := play(st, shoe, 500, true)
		fmt.Printf("%-16s win %d lose %d push %d\n", st.Name(), w, l, p)
	}
	fmt.Println(strings.Repeat("=", 10), Hand{1, 1, 9}, fmt.Sprint(Hand{13, 1}.Score()))
}

package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Card struct {
	Rank string
	Suit rune
}

func (c Card) Value() int {
	switch c.Rank {
	case "A":
		return 11
	case "K", "Q", "J":
		return 10
	}
	v := 0
	fmt.Sscanf(c.Rank, "%d", &v)
	return v
}

type Hand []Card

func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Value()
		if c.Rank == "A" {
			aces++
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

func (h Hand) String() string {
	s := make([]string, len(h))
	for i, c := range h {
		s[i] = c.Rank + string(c.Suit)
	}
	return strings.Join(s, " ")
}

type Shoe struct {
	cards []Card
}

func NewShoe(seed int64) *Shoe {
	var cards []Card
	for _, s := range "SHDC" {
		for _, r := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			cards = append(cards, Card{r, s})
		}
	}
	rng := rand.New(rand.NewSource(seed))
	rng.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
	return &Shoe{cards}
}

func (s *Shoe) Draw() Card {
	c := s.cards[0]
	s.cards = s.cards[1:]
	return c
}

func playRound(s *Shoe) string {
	player := Hand{s.Draw(), s.Draw()}
	dealer := Hand{s.Draw(), s.Draw()}
	for {
		t, soft := player.Score()
		if t >= 17 || (soft && t >= 18) {
			break
		}
		player = append(player, s.Draw())
	}
	pt, _ := player.Score()
	if pt > 21 {
		return fmt.Sprintf("player %v = %d bust", player, pt)
	}
	for t, _ := dealer.Score(); t < 17; t, _ = dealer.Score() {
		dealer = append(dealer, s.Draw())
	}
	dt, _ := dealer.Score()
	res := "push"
	switch {
	case dt > 21 || pt > dt:
		res = "win"
	case dt > pt:
		res = "lose"
	}
	return fmt.Sprintf("player %v = %d, dealer %v = %d: %s", player, pt, dealer, dt, res)
}

func main() {
	shoe := NewShoe(2024)
	tally := map[string]int{}
	for round := 1; round <= 6 && len(shoe.cards) > 10; round++ {
		out := playRound(shoe)
		fmt.Printf("#%d %s\n", round, out)
		tally[out[strings.LastIndexAny(out, " ")+1:]]++
	}
	fmt.Println(tally, len(shoe.cards))
}

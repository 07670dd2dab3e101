package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit uint8

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return [...]string{"♣", "♦", "♥", "♠"}[s] }

type Rank uint8

func (r Rank) String() string {
	switch r {
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	case 14:
		return "A"
	}
	return fmt.Sprint(uint8(r))
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck []Card

func NewDeck() Deck {
	d := make(Deck, 0, 52)
	for s := Clubs; s <= Spades; s++ {
		for r := Rank(2); r <= 14; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Deal(n int) []Card {
	hand := (*d)[:n:n]
	*d = (*d)[n:]
	return hand
}

type Player struct {
	Name string
	Hand []Card
}

func (p Player) Score() int {
	s := 0
	for _, c := range p.Hand {
		s += int(c.Rank)
	}
	return s
}

func handKind(h []Card) string {
	counts := map[Rank]int{}
	for _, c := range h {
		counts[c.Rank]++
	}
	best := 0
	for _, n := range counts {
		best = max(best, n)
	}
	flush := true
	for _, c := range h[1:] {
		flush = flush && c.Suit == h[0].Suit
	}
	switch {
	case flush:
		return "flush"
	case best == 3:
		return "three of a kind"
	case best == 2 && len(counts) == len(h)-1:
		return "pair"
	case best == 2:
		return "two pair"
	}
	return "high card"
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	deck := NewDeck()
	fmt.Println(len(deck), deck[:5], deck[51])
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })

	players := []Player{{Name: "Ann"}, {Name: "Bob"}, {Name: "Cy"}}
	for i := range players {
		players[i].Hand = deck.Deal(5)
		slices.SortFunc(players[i].Hand, func(a, b Card) int {
			if a.Rank != b.Rank {
				return int(a.Rank) - int(b.Rank)
			}
			return int(a.Suit) - int(b.Suit)
		})
	}
	fmt.Println("left in deck:", len(deck))
	for _, p := range players {
		fmt.Printf("%-4s %v score=%d %s\n", p.Name, p.Hand, p.Score(), handKind(p.Hand))
	}
	winner := slices.MaxFunc(players, func(a, b Player) int { return a.Score() - b.Score() })
	fmt.Println("winner:", winner.Name)
	rolls := make([]string, 6)
	for i := range rolls {
		rolls[i] = fmt.Sprint(rng.IntN(6) + 1)
	}
	fmt.Println("dice:", strings.Join(rolls, ","), rng.Float64() < 1)
	fmt.Println(handKind([]Card{{2, Hearts}, {2, Spades}, {5, Clubs}, {5, Hearts}, {9, Clubs}}))
	fmt.Printf("%v %+v %d\n", Card{14, Spades}, Card{10, Hearts}, Card{12, Clubs})
}

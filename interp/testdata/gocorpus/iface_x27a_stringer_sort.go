package main

import (
	"fmt"
	"sort"
	"strings"
)

type Suit uint8

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return string("♣♦♥♠"[s*3 : s*3+3]) }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit.String()
}

type Hand []Card

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

type byRankDesc struct{ Hand }

func (b byRankDesc) Less(i, j int) bool { return b.Hand[i].Rank > b.Hand[j].Rank }

type lcg struct{ state uint32 }

func (l *lcg) next() uint32 {
	l.state = l.state*1664525 + 1013904223
	return l.state
}

type Formatter interface {
	Format(f fmt.State, verb rune)
}

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m/100, m%100)
	case 'd':
		fmt.Fprintf(f, "%d", int64(m))
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

func main() {
	var deck Hand
	for s := Clubs; s <= Spades; s++ {
		for r := 1; r <= 13; r++ {
			deck = append(deck, Card{r, s})
		}
	}
	rng := &lcg{42}
	for i := len(deck) - 1; i > 0; i-- {
		j := int(rng.next() % uint32(i+1))
		deck[i], deck[j] = deck[j], deck[i]
	}
	hand := append(Hand(nil), deck[:7]...)
	fmt.Println(hand)
	sort.Sort(hand)
	fmt.Println(hand)
	sort.Stable(byRankDesc{hand})
	fmt.Println(hand)
	fmt.Println(sort.IsSorted(hand), Spades, fmt.Sprintf("%v|%s|%d", Hearts, Diamonds, Clubs))
	var sb strings.Builder
	for _, c := range hand {
		fmt.Fprintf(&sb, "%-4v|", c)
	}
	fmt.Println(sb.String())
	var _ Formatter = Money(0)
	fmt.Printf("%v %s %d %x\n", Money(12345), Money(7), Money(99), Money(1))
	fmt.Println(Money(250), []Money{1, 2})
}

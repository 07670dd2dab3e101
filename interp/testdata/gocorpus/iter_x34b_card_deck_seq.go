package main

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
)

type Card struct {
	Rank, Suit string
}

func (c Card) String() string { return c.Rank + c.Suit }

var ranks = strings.Fields("2 3 4 5 6 7 8 9 T J Q K A")
var suits = strings.Fields("c d h s")

func AllCards() iter.Seq[Card] {
	return func(yield func(Card) bool) {
		for _, s := range suits {
			for _, r := range ranks {
				if !yield(Card{r, s}) {
					return
				}
			}
		}
	}
}

func Deal(deck []Card, hands, size int) iter.Seq2[int, []Card] {
	return func(yield func(int, []Card) bool) {
		for h := 0; h < hands; h++ {
			hand := make([]Card, 0, size)
			for i := 0; i < size; i++ {
				hand = append(hand, deck[i*hands+h])
			}
			if !yield(h, hand) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func rankOf(c Card) int { return slices.Index(ranks, c.Rank) }

func main() {
	deck := slices.Collect(AllCards())
	fmt.Println(len(deck), deck[0], deck[51])
	r := rand.New(rand.NewPCG(5, 6))
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for h, hand := range Deal(deck, 4, 5) {
		slices.SortFunc(hand, func(a, b Card) int { return rankOf(b) - rankOf(a) })
		fmt.Printf("hand %d: %v high=%v\n", h+1, hand, hand[0])
	}
	faces := Filter(AllCards(), func(c Card) bool { return strings.Contains("JQK", c.Rank) })
	n := 0
	for c := range faces {
		if c.Suit == "s" {
			break
		}
		n++
	}
	fmt.Println("face cards before spades:", n)
	next, stop := iter.Pull(AllCards())
	defer stop()
	for i := 0; i < 3; i++ {
		c, ok := next()
		fmt.Print(c, ok, " ")
	}
	fmt.Println()
}

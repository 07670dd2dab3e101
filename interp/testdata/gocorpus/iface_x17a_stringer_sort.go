package main

import (
	"fmt"
	"sort"
	"strings"
)

type Card byte

const order = "23456789TJQKA"

func (c Card) Rank() int      { return strings.IndexByte(order, byte(c)) }
func (c Card) String() string { return string(rune(c)) }

type Hand struct {
	Cards [5]Card
	Bid   int
}

type Kind int

const (
	High Kind = iota
	Pair
	TwoPair
	Three
	FullHouse
	Four
	Five
)

var kindNames = map[Kind]string{High: "high", Pair: "pair", TwoPair: "two-pair", Three: "three", FullHouse: "full-house", Four: "four", Five: "five"}

func (k Kind) String() string { return kindNames[k] }

func (h Hand) Kind() Kind {
	counts := map[Card]int{}
	for _, c := range h.Cards {
		counts[c]++
	}
	var cs []int
	for _, n := range counts {
		cs = append(cs, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(cs)))
	switch {
	case cs[0] == 5:
		return Five
	case cs[0] == 4:
		return Four
	case cs[0] == 3 && cs[1] == 2:
		return FullHouse
	case cs[0] == 3:
		return Three
	case cs[0] == 2 && cs[1] == 2:
		return TwoPair
	case cs[0] == 2:
		return Pair
	}
	return High
}

type Hands []Hand

func (h Hands) Len() int      { return len(h) }
func (h Hands) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hands) Less(i, j int) bool {
	ki, kj := h[i].Kind(), h[j].Kind()
	if ki != kj {
		return ki < kj
	}
	for k := range 5 {
		if a, b := h[i].Cards[k].Rank(), h[j].Cards[k].Rank(); a != b {
			return a < b
		}
	}
	return false
}

const input = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483
AAAAA 1
2345A 9`

func main() {
	var hs Hands
	for _, l := range strings.Split(input, "\n") {
		var s string
		var h Hand
		fmt.Sscanf(l, "%s %d", &s, &h.Bid)
		for i := range h.Cards {
			h.Cards[i] = Card(s[i])
		}
		hs = append(hs, h)
	}
	sort.Sort(hs)
	total := 0
	for i, h := range hs {
		total += (i + 1) * h.Bid
		fmt.Printf("%d %v %-10v %4d\n", i+1, h.Cards, h.Kind(), h.Bid)
	}
	fmt.Println("winnings", total, sort.IsSorted(hs))
	var st fmt.Stringer = hs[0].Kind()
	fmt.Println(st, Card('A'), fmt.Sprintf("%d", Card('A')))
}

package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Card struct {
	Rank int
	Suit byte
}

type Category int

const (
	HighCard Category = iota
	Pair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var catNames = [...]string{"high card", "pair", "two pair", "three of a kind", "straight",
	"flush", "full house", "four of a kind", "straight flush"}

func (c Category) String() string { return catNames[c] }

func parse(hand string) ([]Card, error) {
	fields := strings.Fields(hand)
	if len(fields) != 5 {
		return nil, fmt.Errorf("hand %q: need 5 cards", hand)
	}
	cards := make([]Card, 0, 5)
	for _, f := range fields {
		rs, suit := f[:len(f)-1], f[len(f)-1]
		r := strings.Index("..23456789", rs)
		switch rs {
		case "10":
			r = 10
		case "J", "Q", "K", "A":
			r = 11 + strings.Index("JQKA", rs)
		}
		if r < 2 || !strings.ContainsRune("SHDC", rune(suit)) {
			return nil, fmt.Errorf("bad card %q", f)
		}
		cards = append(cards, Card{r, suit})
	}
	return cards, nil
}

type key struct {
	cat   Category
	ranks []int
}

func evaluate(cards []Card) key {
	counts := map[int]int{}
	flush := true
	for _, c := range cards {
		counts[c.Rank]++
		flush = flush && c.Suit == cards[0].Suit
	}
	ranks := make([]int, 0, len(counts))
	for r := range counts {
		ranks = append(ranks, r)
	}
	sort.Slice(ranks, func(i, j int) bool {
		a, b := ranks[i], ranks[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a > b
	})
	straight := len(ranks) == 5 && ranks[0]-ranks[4] == 4
	if slices.Equal(ranks, []int{14, 5, 4, 3, 2}) {
		straight, ranks = true, []int{5, 4, 3, 2, 1}
	}
	var cat Category
	switch {
	case straight && flush:
		cat = StraightFlush
	case counts[ranks[0]] == 4:
		cat = Quads
	case counts[ranks[0]] == 3 && counts[ranks[1]] == 2:
		cat = FullHouse
	case flush:
		cat = Flush
	case straight:
		cat = Straight
	case counts[ranks[0]] == 3:
		cat = Trips
	case counts[ranks[0]] == 2 && counts[ranks[1]] == 2:
		cat = TwoPair
	case counts[ranks[0]] == 2:
		cat = Pair
	}
	return key{cat, ranks}
}

func compare(a, b key) int {
	if a.cat != b.cat {
		return int(a.cat) - int(b.cat)
	}
	return slices.Compare(a.ranks, b.ranks)
}

func BestHand(hands []string) ([]string, error) {
	var best []string
	var bestKey key
	for i, h := range hands {
		cards, err := parse(h)
		if err != nil {
			return nil, err
		}
		k := evaluate(cards)
		if c := compare(k, bestKey); i == 0 || c > 0 {
			best, bestKey = []string{h}, k
		} else if c == 0 {
			best = append(best, h)
		}
	}
	return best, nil
}

func main() {
	games := [][]string{
		{"4S 5S 7H 8D JC", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH"},
		{"4D 5S 6S 8D 3C", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH", "3H 4H 5C 6C JD"},
		{"2S 8H 2D 8D 3H", "4S 5H 4C 8S 5D"},
		{"4S 5H 4C 8D 4H", "10D JH QS KD AC"},
		{"4S AH 3S 2D 5H", "2H 2C 2D 2S 8H", "4H 6H 7H 8H 5H"},
		{"2S 3S", "2H 3H 4H 5H 6H"},
		{"1S 2H 3D 4C 5S"},
	}
	for _, g := range games {
		best, err := BestHand(g)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		c, _ := parse(best[0])
		fmt.Printf("%q (%v)\n", best, evaluate(c).cat)
	}
}

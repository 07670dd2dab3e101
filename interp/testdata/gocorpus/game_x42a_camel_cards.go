package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
)

const input = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483
JJJJJ 1
23456 99`

type HandType int

const (
	HighCard HandType = iota
	OnePair
	TwoPair
	ThreeKind
	FullHouse
	FourKind
	FiveKind
)

var typeNames = map[HandType]string{
	HighCard: "high", OnePair: "pair", TwoPair: "two-pair", ThreeKind: "three",
	FullHouse: "full", FourKind: "four", FiveKind: "five",
}

func (h HandType) String() string { return typeNames[h] }

type Hand struct {
	Cards string
	Bid   int
	Type  HandType
}

func classify(cards string, jokers bool) HandType {
	counts := map[rune]int{}
	j := 0
	for _, c := range cards {
		if jokers && c == 'J' {
			j++
			continue
		}
		counts[c]++
	}
	vals := make([]int, 0, 5)
	for _, v := range counts {
		vals = append(vals, v)
	}
	slices.SortFunc(vals, func(a, b int) int { return b - a })
	if len(vals) == 0 {
		vals = []int{0}
	}
	vals[0] += j
	switch {
	case vals[0] == 5:
		return FiveKind
	case vals[0] == 4:
		return FourKind
	case vals[0] == 3 && vals[1] == 2:
		return FullHouse
	case vals[0] == 3:
		return ThreeKind
	case vals[0] == 2 && vals[1] == 2:
		return TwoPair
	case vals[0] == 2:
		return OnePair
	}
	return HighCard
}

func winnings(hands []Hand, jokers bool) int {
	order := "23456789TJQKA"
	if jokers {
		order = "J23456789TQKA"
	}
	hs := slices.Clone(hands)
	for i := range hs {
		hs[i].Type = classify(hs[i].Cards, jokers)
	}
	slices.SortFunc(hs, func(a, b Hand) int {
		if a.Type != b.Type {
			return int(a.Type - b.Type)
		}
		for i := range 5 {
			if d := strings.IndexByte(order, a.Cards[i]) - strings.IndexByte(order, b.Cards[i]); d != 0 {
				return d
			}
		}
		return 0
	})
	total := 0
	for i, h := range hs {
		total += (i + 1) * h.Bid
		fmt.Printf("  %d %s %-8v %d\n", i+1, h.Cards, h.Type, h.Bid)
	}
	return total
}

func main() {
	var hands []Hand
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		var h Hand
		fmt.Sscan(sc.Text(), &h.Cards, &h.Bid)
		hands = append(hands, h)
	}
	fmt.Println("part1:", winnings(hands, false))
	fmt.Println("part2:", winnings(hands, true))
	fmt.Printf("%v %d %#v\n", FullHouse, FullHouse, hands[0])
}

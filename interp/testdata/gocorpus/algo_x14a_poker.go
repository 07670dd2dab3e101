package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Rank int

const (
	HighCard Rank = iota
	OnePair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

var rankNames = map[Rank]string{HighCard: "high card", OnePair: "pair", TwoPair: "two pair", Trips: "three of a kind",
	Straight: "straight", Flush: "flush", FullHouse: "full house", Quads: "four of a kind", StraightFlush: "straight flush"}

func (r Rank) String() string { return rankNames[r] }

type Score struct {
	Rank   Rank
	Tiebrk []int
}

func parseValue(s string) int {
	return strings.Index("__23456789TJQKA", strings.Replace(s, "10", "T", 1))
}

func Evaluate(hand string) Score {
	cards := strings.Fields(hand)
	counts := map[int]int{}
	suits := map[byte]bool{}
	for _, c := range cards {
		counts[parseValue(c[:len(c)-1])]++
		suits[c[len(c)-1]] = true
	}
	vals := make([]int, 0, 5)
	for v := range counts {
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool {
		if counts[vals[i]] != counts[vals[j]] {
			return counts[vals[i]] > counts[vals[j]]
		}
		return vals[i] > vals[j]
	})
	flush := len(suits) == 1
	straight := len(vals) == 5 && vals[0]-vals[4] == 4
	if slices.Equal(vals, []int{14, 5, 4, 3, 2}) {
		straight, vals = true, []int{5, 4, 3, 2, 1}
	}
	var r Rank
	switch {
	case straight && flush:
		r = StraightFlush
	case counts[vals[0]] == 4:
		r = Quads
	case counts[vals[0]] == 3 && counts[vals[1]] == 2:
		r = FullHouse
	case flush:
		r = Flush
	case straight:
		r = Straight
	case counts[vals[0]] == 3:
		r = Trips
	case counts[vals[0]] == 2 && counts[vals[1]] == 2:
		r = TwoPair
	case counts[vals[0]] == 2:
		r = OnePair
	}
	return Score{r, vals}
}

func (a Score) Compare(b Score) int {
	if a.Rank != b.Rank {
		return int(a.Rank - b.Rank)
	}
	return slices.Compare(a.Tiebrk, b.Tiebrk)
}

func BestHands(hands []string) []string {
	var best []string
	var top Score
	for i, h := range hands {
		s := Evaluate(h)
		switch c := s.Compare(top); {
		case i == 0 || c > 0:
			best, top = []string{h}, s
		case c == 0:
			best = append(best, h)
		}
	}
	return best
}

func main() {
	hands := []string{"4S 5S 7H 8D JC", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH", "3H 4H 5C 6C JD",
		"4H 4S AH JC 3D", "4S 5H 4C 8S 4D", "4D AH 3S 2D 5C", "10D JH QS KD AC", "2H 3H 4H 5H 6H",
		"KS AH AS AD AC", "4H 6H 7H 8H 5H", "2S 8H 2D 8D 3H", "4S 5H 4C 8C 5C", "2H 7H 2D 7D 7C"}
	for _, h := range hands {
		s := Evaluate(h)
		fmt.Printf("%-16s %-16v %v\n", h, s.Rank, s.Tiebrk)
	}
	fmt.Println(BestHands(hands[:4]))
	fmt.Println(BestHands([]string{"4S 5H 4C 8D 4H", "4D AH 3S 2D 5C"}))
	fmt.Println(BestHands(hands))
	fmt.Println(BestHands([]string{"3S 4S 5D 6H JH", "3H 4H 5C 6C JD"}))
}

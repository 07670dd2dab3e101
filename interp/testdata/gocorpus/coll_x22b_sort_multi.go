package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Card struct {
	Hand string
	Bid  int
}

type byStrength struct {
	cards []Card
	order string
	joker bool
}

func (b byStrength) Len() int      { return len(b.cards) }
func (b byStrength) Swap(i, j int) { b.cards[i], b.cards[j] = b.cards[j], b.cards[i] }
func (b byStrength) Less(i, j int) bool {
	ti, tj := handType(b.cards[i].Hand, b.joker), handType(b.cards[j].Hand, b.joker)
	if ti != tj {
		return ti < tj
	}
	for k := range 5 {
		ci := strings.IndexByte(b.order, b.cards[i].Hand[k])
		cj := strings.IndexByte(b.order, b.cards[j].Hand[k])
		if ci != cj {
			return ci < cj
		}
	}
	return false
}

func handType(h string, joker bool) int {
	counts := map[rune]int{}
	jokers := 0
	for _, r := range h {
		if joker && r == 'J' {
			jokers++
			continue
		}
		counts[r]++
	}
	var cs []int
	for _, c := range counts {
		cs = append(cs, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(cs)))
	if len(cs) == 0 {
		cs = []int{0}
	}
	cs[0] += jokers
	switch {
	case cs[0] == 5:
		return 6
	case cs[0] == 4:
		return 5
	case cs[0] == 3 && cs[1] == 2:
		return 4
	case cs[0] == 3:
		return 3
	case cs[0] == 2 && cs[1] == 2:
		return 2
	case cs[0] == 2:
		return 1
	}
	return 0
}

const hands = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483
JJJJJ 1
2345A 17`

func winnings(cards []Card, order string, joker bool) int {
	cs := slices.Clone(cards)
	sort.Sort(byStrength{cs, order, joker})
	total := 0
	for i, c := range cs {
		total += (i + 1) * c.Bid
	}
	fmt.Println(cs)
	return total
}

func main() {
	var cards []Card
	for _, l := range strings.Split(hands, "\n") {
		var c Card
		fmt.Sscanf(l, "%s %d", &c.Hand, &c.Bid)
		cards = append(cards, c)
	}
	fmt.Println(winnings(cards, "23456789TJQKA", false))
	fmt.Println(winnings(cards, "J23456789TQKA", true))
	bids := make([]int, len(cards))
	for i, c := range cards {
		bids[i] = c.Bid
	}
	sort.Ints(bids)
	i := sort.SearchInts(bids, 220)
	j := sort.Search(len(bids), func(k int) bool { return bids[k] > 500 })
	k, found := slices.BinarySearch(bids, 100)
	fmt.Println(bids, i, j, k, found)
	people := []struct {
		Name string
		Age  int
	}{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.SliceStable(people, func(a, b int) bool { return people[a].Age < people[b].Age })
	fmt.Println(people)
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	slices.SortFunc(strs, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(strs)
}

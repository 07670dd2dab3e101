// Exercises: typed iota constants with a String method printed inside slices, hand ranking from sorted rune counts, one sortable string key per hand (kind digit + card order through strings.Map), map of bids, jokers
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483`

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

func (k Kind) String() string {
	return [...]string{"high", "pair", "two-pair", "three", "full-house", "four", "five"}[k]
}

func kindOf(cards string, joker bool) Kind {
	cnt := map[rune]int{}
	for _, c := range cards {
		cnt[c]++
	}
	jokers := 0
	if joker && cnt['J'] < 5 {
		jokers, cnt['J'] = cnt['J'], 0
	}
	vals := []int{0}
	for _, v := range cnt {
		vals = append(vals, v)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(vals)))
	vals[0] += jokers
	shape := map[[2]int]Kind{{5, 0}: Five, {4, 1}: Four, {3, 2}: FullHouse, {3, 1}: Three, {2, 2}: TwoPair, {2, 1}: Pair}
	return shape[[2]int{vals[0], vals[1]}]
}

func main() {
	for _, joker := range []bool{false, true} {
		order := map[bool]string{false: "23456789TJQKA", true: "J23456789TQKA"}[joker]
		bids, keys := map[string]int{}, []string{}
		for _, l := range strings.Split(input, "\n") {
			f := strings.Fields(l)
			key := string(rune('0'+kindOf(f[0], joker))) + strings.Map(func(r rune) rune { return 'a' + rune(strings.IndexRune(order, r)) }, f[0])
			bids[key], _ = strconv.Atoi(f[1])
			keys = append(keys, key)
		}
		sort.Strings(keys)
		total, kinds := 0, []Kind{}
		for i, k := range keys {
			total += (i + 1) * bids[k]
			kinds = append(kinds, Kind(k[0]-'0'))
		}
		fmt.Printf("%d %v %d %s %q\n", total, kinds, kinds[0], Five, keys[len(keys)-1])
	}
}

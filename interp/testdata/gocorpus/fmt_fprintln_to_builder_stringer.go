// Exercises: Fprintln into strings.Builder with Stringer values and Sprintf %v of slices of pointers.
package main

import (
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

func (c *Card) String() string {
	ranks := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := ranks[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + string(c.Suit)
}

func main() {
	hand := []*Card{{1, '♠'}, {10, '♥'}, {12, '♦'}}
	var sb strings.Builder
	for _, c := range hand {
		fmt.Fprintln(&sb, c)
	}
	fmt.Print(sb.String())
	fmt.Println(hand)
	fmt.Println(fmt.Sprintf("%v", hand[0]) == hand[0].String())
}

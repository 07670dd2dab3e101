// Exercises: two same-shaped struct types, only one with a method, stored in an interface slice and printed
package main

import "fmt"

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Raw struct {
	Rank int
	Suit string
}

func main() {
	items := []any{Card{10, "h"}, Raw{3, "s"}}
	fmt.Println(items...)
	fmt.Println(Raw{1, "c"}, Card{1, "c"}, []Raw{{2, "d"}})
	var s fmt.Stringer = Card{5, "d"}
	fmt.Println(s)
}

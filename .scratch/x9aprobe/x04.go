// Exercises: enum with String and a plain int of the same value in one Println and a map
package main

import "fmt"

type Suit int

const (
	Spades Suit = iota
	Hearts
)

func (s Suit) String() string { return [...]string{"♠", "♥"}[s] }

func main() {
	fmt.Println(Hearts, 1, Suit(0), 0)
	counts := map[Suit]int{Spades: 1, Hearts: 0}
	fmt.Println(counts)
	xs := []any{Hearts, 1}
	fmt.Println(xs...)
	fmt.Printf("%v %d %v\n", xs[0], xs[0], xs[1])
}

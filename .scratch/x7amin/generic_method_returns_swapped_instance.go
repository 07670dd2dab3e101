package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

// Swap is never called: declaring it is enough to break Pair[string, int] literals.
func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	p := Pair[string, int]{"age", 42}
	fmt.Println(p)
}

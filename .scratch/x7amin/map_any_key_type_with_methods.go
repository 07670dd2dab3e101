package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// A map[any] COMPOSITE LITERAL with a key of a type that has methods: the lookup misses
// (Go: "origin true"). Inserting with m[Pt{0, 0}] = "origin" works, and so does the literal
// without the String method: the literal stores the key in another form than index expressions.
func main() {
	m := map[any]string{Pt{0, 0}: "origin"}
	v, ok := m[Pt{0, 0}]
	fmt.Println(v, ok, len(m))
}

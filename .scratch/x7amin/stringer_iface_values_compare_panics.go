package main

import (
	"fmt"
	"slices"
)

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Comparing two fmt.Stringer values holding equal structs (directly or in slices.Index)
// panics "runtime error: comparing uncomparable type stdlib._fmt_Stringer" (Go: true 0).
func main() {
	var s1, s2 fmt.Stringer = Pt{3, 3}, Pt{3, 3}
	fmt.Println(s1 == s2, slices.Index([]fmt.Stringer{s1}, s2))
}

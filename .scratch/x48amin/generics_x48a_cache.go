// Reduction of generics_x48a_cache.go (notebook style only).
// Go prints: 1
// Session (notebook style: declarations in one cell, main's body as
// top-level statements in the next) reports:
//
//	CompileError: math redeclared in this block
//
// Program style (whole program in one cell) agrees with Go.
// Needs both: a short variable declaration named `math` (the name of a
// standard package, not imported here) AND its value from a call of a
// generic function. Not reproduced with: `var math = Id(1)`,
// `math := 2` next to a generic call, `math := Set[string]{}` (generic
// type), or other names (sort, strings, reflect, slices, errors, x).
package main

import "fmt"

func Id[T any](x T) T { return x }

func main() {
	math := Id(1)
	fmt.Println(math)
}

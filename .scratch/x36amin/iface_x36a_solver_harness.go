// Reduction of iface_x36a_solver_harness.go (map[Solver][]test keyed by solver structs that each embed base).
// Go prints:      2
// Session prints: nothing; clear error at compile time, in both styles:
//
//	CompileError: a key of A in a map keyed by Solver that may also hold a B, a type of the
//	same structure (the interpreter cannot tell them apart: equal keys of the two merged) is
//	not supported by gobackprop: key the map by one type, or give the two types different structures
//
// The keys here are not even equal (names "a" and "b"). With map[any]int{A{1}: 1, B{1}: 2}
// (plain struct{ n int } types, no methods) the session agrees with Go.
package main

import "fmt"

type Solver interface{ Name() string }

type base struct{ name string }

func (b base) Name() string { return b.name }

type A struct{ base }
type B struct{ base }

func main() {
	m := map[Solver]int{A{base{"a"}}: 1, B{base{"b"}}: 2}
	fmt.Println(len(m))
}

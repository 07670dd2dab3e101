// Reduced from interp/testdata/gocorpus/generics_x22b_alias_constraints.go (both styles).
// Clear error (compile stage, no output at all): the session panics while building the CFG.
// Needs all of: some type with a String method declared (T, unused); a generic type whose
// method passes a type-parameter value to fmt (Describe, never called) and is instantiated
// (Registry[int]); a generic function returning a slice literal of a generic struct ([]Pair[B]{{b}}).
// Removing any one of them (or returning Pair[B]{b} instead of a slice) makes it run.
//
// go run:
//   [{2}]
// gobackprop, program style:
//   panic(*interp.cfgError): 5:903: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference
// gobackprop, notebook style:
//   panic(*interp.cfgError): 5:774: CFG post-order panic: runtime error: invalid memory address or nil pointer dereference

package main

import "fmt"

type T struct{}

func (T) String() string { return "t" }

type Registry[K any] struct{}

func (r Registry[K]) Describe() string {
	var k K
	return fmt.Sprint(k)
}

type Pair[B any] struct {
	Second B
}

func MakePairs[B any](b B) []Pair[B] {
	return []Pair[B]{{b}}
}

func main() {
	_ = Registry[int]{}
	fmt.Println(MakePairs(2))
}

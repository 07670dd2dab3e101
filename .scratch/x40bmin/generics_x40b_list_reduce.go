// Reduction of generics_x40b_list_reduce.go (both styles, clear error).
// Go prints: 7
// The session prints nothing and reports:
//
//	CompileError: undefined selector iter.Seq
//
// in both styles (program and notebook). Trigger: a generic function with two
// or more type parameters whose signature uses an instantiated generic type of
// another package (iter.Seq[T]), explicitly instantiated into a function value
// (f := First[string, int]). With one type parameter (First[string]) it works,
// and so does a direct call First[string, int](...).
package main

import (
	"fmt"
	"iter"
	"slices"
)

func First[T, A any](seq iter.Seq[T], a A) A {
	return a
}

func main() {
	f := First[string, int]
	fmt.Println(f(slices.Values([]string{"go"}), 7))
}

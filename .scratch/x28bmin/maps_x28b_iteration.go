// Reduction of maps_x28b_iteration.go (both styles: whole program and notebook).
// Go prints: true
// Session: clear error in both styles:
//
//	CompileError: in call to maps.EqualFunc, type func(s1 [][]string, s2 [][]string) bool of
//	slices.Equal[[]string] does not match inferred type func([]string, []string) bool for func(V1, V2) bool
//
// Partial explicit instantiation slices.Equal[[]string] (S given, E inferred) is read as if
// []string were the element type.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	a := map[int][]string{1: {"x"}}
	b := map[int][]string{1: {"x"}}
	fmt.Println(maps.EqualFunc(a, b, slices.Equal[[]string]))
}

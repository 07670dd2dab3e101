// go run: 0
// gobackprop (both styles): CompileError: undefined selector: Sorted
// A method All of a generic type returns slices.Values(s.Sorted()), Sorted is declared after All,
// and a later method (String) ranges over s.All(). Declaring Sorted before All, or calling All
// from main directly, makes it run. With the value made by a generic constructor instead of a
// literal the same program crashes: see generic_method_order_iter_cfg_panic.go.
// (generics_x13a_set_ops.go: notebook style ends with this error)
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Set[T any] struct{ m []T }

func (s Set[T]) All() iter.Seq[T] { return slices.Values(s.Sorted()) }
func (s Set[T]) Sorted() []T      { return s.m }
func (s Set[T]) String() string {
	n := 0
	for range s.All() {
		n++
	}
	return fmt.Sprint(n)
}

func main() {
	fmt.Println(Set[int]{}.String())
}

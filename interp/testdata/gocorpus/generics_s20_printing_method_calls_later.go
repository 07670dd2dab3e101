// go run: 0
// gobackprop (both styles): panic(*interp.cfgError): 2:14: CFG post-order panic: runtime error:
// invalid memory address or nil pointer dereference
// Same as generic_method_order_iter_selector.go but the Set comes from a generic constructor
// NewSet[float64](). (generics_x13a_set_ops.go: program style ends with this panic)
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Set[T any] struct{ m []T }

func NewSet[T any]() Set[T] { return Set[T]{} }

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
	fmt.Println(NewSet[float64]().String())
}

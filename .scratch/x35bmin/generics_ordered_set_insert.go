// Reduction of generics_x35b_ordered_set.go (both styles).
// Go prints: [1]
// Session (program and notebook style): no output, error
//
//	"runtime.Error: runtime error: invalid memory address or nil pointer dereference"
//
// A method of a generic type calling slices.Insert, instantiated with a
// user-defined named type (ID int; Version string in the original). With
// Set[int] or Set[string], or slices.Insert called outside the method, or
// slices.Clone/Reverse in the method instead, it runs like Go. The method need
// not even be called (instantiating Set[Version] is enough, see notes).
package main

import (
	"fmt"
	"slices"
)

type ID int

type Set[T any] struct {
	items []T
}

func (s *Set[T]) Add(x T) {
	s.items = slices.Insert(s.items, 0, x)
}

func main() {
	s := &Set[ID]{}
	s.Add(1)
	fmt.Println(s.items)
}

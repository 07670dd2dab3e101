// Go prints:      2
// Session (both styles): clear error, nothing printed:
//
//	CompileError: undefined selector iter.Seq
//
// A generic function whose parameters share one qualified generic type in a
// group (a, b iter.Seq[T]). Writing a iter.Seq[T], b iter.Seq[T] works, so
// does the non-generic a, b iter.Seq[int]. Same with
// a, b *atomic.Pointer[T] ("undefined selector sync/atomic.Pointer").
// From iter_x30a_same_fringe.go (func Equal[T comparable](a, b iter.Seq[T])).
package main

import (
	"fmt"
	"iter"
)

func Both[T any](a, b iter.Seq[T]) int {
	n := 0
	for range a {
		n++
	}
	for range b {
		n++
	}
	return n
}

func main() {
	s := func(yield func(int) bool) { yield(7) }
	fmt.Println(Both(s, s))
}

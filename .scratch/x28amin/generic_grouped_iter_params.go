// Reduced from ds_x28a_tree_same_fringe.go (sameFringe[K cmp.Ordered](a, b iter.Seq[K]) bool).
// A generic function whose parameters are grouped as `a, b iter.Seq[K]` does not compile
// in the session. Written as `a iter.Seq[K], b iter.Seq[K]` it works; so does the grouped
// form in a non-generic function (a, b iter.Seq[int]) or with a, b []K.
// Go prints:      2
// session:        error "CompileError: undefined selector iter.Seq" (both styles)

package main

import (
	"fmt"
	"iter"
)

func both[K any](a, b iter.Seq[K]) int {
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
	s := func(yield func(int) bool) { yield(1) }
	fmt.Println(both(s, s))
}

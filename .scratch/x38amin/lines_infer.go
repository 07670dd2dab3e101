// Clear error, both styles.
// Type inference fails for a generic func taking iter.Seq[V] when the argument
// is strings.Lines(...) (also an iter.Seq[string]).
// Go prints:      2
// Session:        CompileError: in call to Count, type iter.Seq[string] of strings.Lines("a\nb\n")
//                 does not match iter.Seq[V] (cannot infer V)
// From iter_x38a_pull_zip.go (Enumerate(strings.Lines(text))).

package main

import (
	"fmt"
	"iter"
	"strings"
)

func Count[V any](seq iter.Seq[V]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func main() {
	fmt.Println(Count(strings.Lines("a\nb\n")))
}

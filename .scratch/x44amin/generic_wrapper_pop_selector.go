// Reduction of generics_x44a_pq_prim.go (program style: "undefined selector: V").
// PQ[T].Pop() T wraps impl[T].Pop() any; inside a generic function,
// q.Pop().V is typed as if Pop were impl's (returning any).
// Go prints:      7
// Session prints: nothing; error CompileError: undefined selector: V
// Styles: program only (notebook agrees). Kind: clear error (misleading message).
// Renaming the wrapper's methods in the full program makes both styles agree.
package main

import "fmt"

type impl[T any] struct{ items []T }

func (p *impl[T]) Pop() any { return p.items[0] }

type PQ[T any] struct{ p *impl[T] }

func (q PQ[T]) Pop() T { return q.p.Pop().(T) }

type Edge[W any] struct{ V W }

func first[W any](es []Edge[W]) W {
	q := PQ[Edge[W]]{&impl[Edge[W]]{es}}
	return q.Pop().V
}

func main() {
	fmt.Println(first([]Edge[int]{{7}}))
}

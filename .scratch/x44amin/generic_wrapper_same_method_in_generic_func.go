// Reduction of generics_x44a_pq_prim.go (both styles).
// As generic_wrapper_same_method_ctor.go, but the wrapper is also used inside
// a generic function with an element type Edge[W]; then program style fails too.
// Go prints:      7 then 1
// Session prints: program style: nothing; notebook style: 7;
// both then end in runtime error: invalid memory address or nil pointer dereference
//
// Styles: program and notebook. Kind: wrong runtime error.
package main

import "fmt"

type impl[T any] struct{ items []T }

func (p *impl[T]) Push(x any) { p.items = append(p.items, x.(T)) }

type PQ[T any] struct{ p *impl[T] }

func NewPQ[T any]() PQ[T] { return PQ[T]{&impl[T]{}} }

func (q PQ[T]) Push(x T) { q.p.Push(x) }

type Edge[W any] struct {
	V int
	W W
}

func build[W any](es []Edge[W]) int {
	pq := NewPQ[Edge[W]]()
	for _, e := range es {
		pq.Push(e)
	}
	return pq.p.items[0].V
}

func main() {
	fmt.Println(build([]Edge[int]{{7, 1}}))
	w := NewPQ[string]()
	w.Push("y")
	fmt.Println(len(w.p.items))
}

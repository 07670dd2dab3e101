// Reduction of generics_x44a_pq_prim.go (notebook style).
// A generic wrapper PQ[T] whose method Push(T) calls the inner generic
// impl[T].Push(any) of the same name, with the wrapper built by a generic
// constructor and used from main's top-level statements.
// Go prints:      1
// Session prints: nothing; runtime error: invalid memory address or nil pointer dereference
// Styles: notebook only (program style agrees). Kind: wrong runtime error.
// Renaming the inner method (Put) or building PQ[string]{...} directly passes.
package main

import "fmt"

type impl[T any] struct{ items []T }

func (p *impl[T]) Push(x any) { p.items = append(p.items, x.(T)) }

type PQ[T any] struct{ p *impl[T] }

func NewPQ[T any]() PQ[T] { return PQ[T]{&impl[T]{}} }

func (q PQ[T]) Push(x T) { q.p.Push(x) }

func main() {
	w := NewPQ[string]()
	w.Push("y")
	fmt.Println(len(w.p.items))
}

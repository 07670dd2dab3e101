package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// Generic types whose methods share names, instantiated with the same
// type arguments: through a field, an element type, a generic function's
// body and a generic constructor.
type Set[T comparable] map[T]bool

func (s Set[T]) Add(x T)      { s[x] = true }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Has(x T) bool { return s[x] }

type Relation[T comparable] map[T]Set[T]

func (r Relation[T]) Add(a, b T) {
	if r[a] == nil {
		r[a] = Set[T]{}
	}
	r[a].Add(b)
}

func (r Relation[T]) Len() int {
	n := 0
	for _, s := range r {
		n += s.Len()
	}
	return n
}

type items[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (h items[T]) Len() int           { return len(h.xs) }
func (h items[T]) Less(i, j int) bool { return h.less(h.xs[i], h.xs[j]) }
func (h items[T]) Swap(i, j int)      { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *items[T]) Push(x any)        { h.xs = append(h.xs, x.(T)) }
func (h *items[T]) Pop() any {
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}

type PQ[T any] struct{ h *items[T] }

func NewPQ[T any](less func(a, b T) bool) PQ[T] { return PQ[T]{&items[T]{less: less}} }

func (q PQ[T]) Push(x T)    { heap.Push(q.h, x) }
func (q PQ[T]) Pop() T      { return heap.Pop(q.h).(T) }
func (q PQ[T]) Len() int    { return q.h.Len() }
func (q PQ[T]) Peek() T     { return q.h.xs[0] }
func (q PQ[T]) Empty() bool { return q.Len() == 0 }

type Edge[W any] struct {
	To int
	W  W
}

func lightest[W int | float64](es []Edge[W]) Edge[W] {
	q := PQ[Edge[W]]{&items[Edge[W]]{less: func(a, b Edge[W]) bool { return a.W < b.W }}}
	for _, e := range es {
		q.Push(e)
	}
	return q.Pop()
}

func main() {
	r := Relation[string]{}
	r.Add("a", "b")
	r.Add("a", "c")
	r.Add("b", "c")
	fmt.Println(r, r.Len(), r["a"].Has("c"), r["a"].Len())

	q := NewPQ(func(a, b string) bool { return a < b })
	for _, w := range []string{"prim", "bfs", "dfs", "kruskal"} {
		q.Push(w)
	}
	fmt.Println("peek:", q.Peek(), "len:", q.Len())
	var order []string
	for !q.Empty() {
		order = append(order, q.Pop())
	}
	fmt.Println(order, sort.StringsAreSorted(order))

	fmt.Printf("%+v\n", lightest([]Edge[int]{{1, 7}, {2, 3}, {3, 5}}))
	fmt.Printf("%+v\n", lightest([]Edge[float64]{{1, 0.5}, {2, 0.25}}))
}

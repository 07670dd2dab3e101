// A generic set type with range-over-func iterators and the slices and
// maps packages.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int         { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s *Set[T]) Delete(v T)       { delete(s.m, v) }
func (s *Set[T]) Clone() *Set[T]   { return &Set[T]{m: maps.Clone(s.m)} }
func (s *Set[T]) Equal(t *Set[T]) bool {
	return s.Len() == t.Len() && s.SubsetOf(t)
}

func (s *Set[T]) SubsetOf(t *Set[T]) bool {
	for v := range s.All() {
		if !t.Has(v) {
			return false
		}
	}
	return true
}

func Union[T comparable](a, b *Set[T]) *Set[T] {
	out := a.Clone()
	for v := range b.All() {
		out.Add(v)
	}
	return out
}

func Intersect[T comparable](a, b *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range a.All() {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

// Filter yields the elements of seq that satisfy keep.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func main() {
	a := NewSet(1, 2, 3, 4, 5, 6)
	b := NewSet(4, 5, 6, 7, 8)
	fmt.Println(slices.Sorted(Union(a, b).All()))
	fmt.Println(slices.Sorted(Intersect(a, b).All()))
	fmt.Println(slices.Sorted(Filter(a.All(), func(n int) bool { return n%2 == 1 })))
	fmt.Println(NewSet(4, 5).SubsetOf(b), a.SubsetOf(b), a.Equal(a.Clone()))

	words := NewSet(strings.Fields("the quick brown fox jumps over the lazy dog the end")...)
	fmt.Println(words.Len(), words.Has("fox"), words.Has("cat"))
	words.Delete("the")
	sorted := slices.Sorted(words.All())
	for i, w := range Enumerate(sorted) {
		if i > 5 {
			break
		}
		fmt.Printf("%d.%s ", i, w)
	}
	fmt.Println()
	byLen := slices.SortedFunc(words.All(), func(x, y string) int {
		if len(x) != len(y) {
			return len(x) - len(y)
		}
		return strings.Compare(x, y)
	})
	fmt.Println(byLen, slices.Index(byLen, "jumps"))

	type point struct{ x, y int }
	ps := NewSet(point{1, 2}, point{1, 2}, point{2, 1})
	fmt.Println(ps.Len(), ps.Has(point{2, 1}))
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
}

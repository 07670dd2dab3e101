package main

import (
	"cmp"
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

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s *Set[T]) []T {
	return slices.Sorted(s.All())
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

type Coord struct{ R, C int }

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)))
	fmt.Println(a, b.Len(), a.Has(3), b.Has(3))
	words := NewSet(strings.Fields("to be or not to be that is the question")...)
	fmt.Println(words.Len(), Sorted(words))
	cells := NewSet(Coord{0, 0}, Coord{1, 2}, Coord{0, 0})
	cells.Add(Coord{2, 1})
	fmt.Println(cells.Len(), cells.Has(Coord{1, 2}), cells.Has(Coord{2, 2}))
	fmt.Println(cells)
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len())
	fs := NewSet(1.5, 2.5)
	fmt.Printf("%v %T\n", fs, fs)
}

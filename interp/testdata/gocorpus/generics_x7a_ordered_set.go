// Exercises: generic set over cmp.Ordered with methods, slices.Sorted(maps.Keys), union/intersect returning new sets
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Items() []T   { return slices.Sorted(maps.Keys(s.m)) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T](s.Items()...)
	for x := range o.m {
		r.Add(x)
	}
	return r
}
func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func main() {
	a := NewSet(5, 1, 3, 9)
	b := NewSet(3, 4, 5)
	fmt.Println(a.Items(), b.Items())
	fmt.Println("union:", a.Union(b).Items())
	fmt.Println("inter:", a.Intersect(b).Items(), a.Intersect(b).Len())
	w := NewSet("pear", "apple", "fig")
	fmt.Println(w.Items(), w.Has("fig"), w.Has("kiwi"))
}

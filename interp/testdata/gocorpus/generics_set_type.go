// Exercises: generic Set[T comparable] built on map with methods and sorted output.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(1, 3, 5)
	b := NewSet(2, 3, 4)
	fmt.Println(Sorted(a.Union(b)), a.Has(3), a.Has(4))
	w := NewSet("x", "y", "x")
	fmt.Println(len(w), Sorted(w))
}

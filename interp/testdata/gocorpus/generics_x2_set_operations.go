// Exercises: a generic Set[T comparable] with Union/Intersect and sorted printing.
package main

import (
	"cmp"
	"fmt"
	"maps"
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
	r := maps.Clone(s)
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)))
	fmt.Println(Sorted(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2), len(a))
	w := NewSet("go", "rust", "go", "zig")
	fmt.Println(Sorted(w), len(w))
}

// Exercises: generic Set built on map[T]struct{}, methods returning the generic type, sorted output
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

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

func (s Set[T]) Sorted() []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(3, 1, 2)
	b := NewSet(2, 5)
	fmt.Println(a.Union(b).Sorted(), len(a))
	w := NewSet("x", "y").Union(NewSet("a"))
	fmt.Println(w.Sorted())
}

// Exercises: generic Set[T comparable] struct wrapping a map, methods returning new sets, set algebra via iter.Seq, sorted printing of a named string element type
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T comparable] struct{ m map[T]bool }

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]bool, len(xs))}
	for _, x := range xs {
		s.m[x] = true
	}
	return s
}

func (s Set[T]) Contains(x T) bool { return s.m[x] }
func (s Set[T]) Size() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T]  { return maps.Keys(s.m) }

func (s Set[T]) Where(keep func(T) bool) Set[T] {
	out := Of[T]()
	for x := range s.All() {
		if keep(x) {
			out.m[x] = true
		}
	}
	return out
}

func (s Set[T]) Plus(o Set[T]) Set[T] {
	out := Of(slices.Collect(s.All())...)
	for x := range o.All() {
		out.m[x] = true
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s.m)) }

type Color string

func main() {
	a, b := Of(1, 2, 3, 4), Of(3, 4, 5)
	both := a.Where(b.Contains)
	fmt.Println(Sorted(a.Plus(b)), Sorted(both), a.Contains(2), b.Contains(2))
	c := Of[Color]("red", "blue", "red")
	fmt.Println(c.Size(), Sorted(c), c.Contains(Color("blue")))
	var zero Set[string]
	fmt.Println(zero.Contains("x"), zero.Size(), zero.m == nil)
	fmt.Println(a.Where(func(int) bool { return false }).Size())
}

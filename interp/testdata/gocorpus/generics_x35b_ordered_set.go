package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	items []T
}

func Of[T cmp.Ordered](xs ...T) *Set[T] {
	s := &Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) bool {
	i, found := slices.BinarySearch(s.items, x)
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, x)
	return true
}

func (s *Set[T]) Remove(x T) bool {
	i, found := slices.BinarySearch(s.items, x)
	if found {
		s.items = slices.Delete(s.items, i, i+1)
	}
	return found
}

func (s *Set[T]) Contains(x T) bool {
	_, ok := slices.BinarySearch(s.items, x)
	return ok
}

func (s *Set[T]) All() iter.Seq[T] { return slices.Values(s.items) }

func (s *Set[T]) Len() int { return len(s.items) }

func (s *Set[T]) String() string {
	parts := make([]string, len(s.items))
	for i, x := range s.items {
		parts[i] = fmt.Sprint(x)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func Union[T cmp.Ordered](a, b *Set[T]) *Set[T] {
	out := Of(a.items...)
	for x := range b.All() {
		out.Add(x)
	}
	return out
}

func Intersect[T cmp.Ordered](a, b *Set[T]) *Set[T] {
	out := &Set[T]{}
	for x := range a.All() {
		if b.Contains(x) {
			out.Add(x)
		}
	}
	return out
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for x := range seq {
		acc = f(acc, x)
	}
	return acc
}

type Version string

func main() {
	a := Of(5, 1, 9, 3, 5, 7)
	b := Of(3, 4, 5, 6)
	fmt.Println(a, b, a.Len())
	fmt.Println("union:", Union(a, b), "intersect:", Intersect(a, b))
	fmt.Println(a.Remove(9), a.Remove(42), a, a.Contains(7))
	sum := Reduce(a.All(), 0, func(acc, x int) int { return acc + x })
	fmt.Println("sum:", sum)

	words := Of(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(words, words.Len())
	longest := Reduce(words.All(), "", func(acc, w string) string {
		if len(w) > len(acc) {
			return w
		}
		return acc
	})
	fmt.Printf("longest=%q\n", longest)

	vs := Of[Version]("v1.10.0", "v1.2.0", "v1.9.1")
	fmt.Println(vs, fmt.Sprintf("%T", vs))
	fl := Of(2.5, -1.0, 2.5)
	fmt.Printf("%v %.1f\n", fl, Reduce(fl.All(), 1.0, func(a, x float64) float64 { return a * x }))
}

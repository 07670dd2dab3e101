package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func Of[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for _, x := range s.Sorted() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Filter(pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range s.Sorted() {
			if pred(x) && !yield(x) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for x := range seq {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	a := Of(1, 2, 3, 4, 5, 6)
	b := Of(4, 5, 6, 7, 8)
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	evens := a.Union(b).Filter(func(x int) bool { return x%2 == 0 })
	fmt.Println(slices.Collect(evens))
	fmt.Println(Reduce(evens, 0, func(acc, x int) int { return acc + x }))
	fmt.Println(Reduce(evens, "", func(acc string, x int) string { return acc + fmt.Sprint(x) }))
	words := Of(strings.Fields("the quick brown fox jumps over the lazy dog the end")...)
	fmt.Println(len(words), words)
	for w := range words.Filter(func(s string) bool { return len(s) == 3 }) {
		if w == "fox" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println(Of[float64]().String(), Of(2.5, -1.0))
}

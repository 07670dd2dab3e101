package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Add(xs ...T) {
	for _, x := range xs {
		s[x] = struct{}{}
	}
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
			r[x] = struct{}{}
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(x T, _ struct{}) bool { return o.Has(x) })
	return r
}

func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s) }

func Sorted[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func main() {
	a := SetOf(strings.Split("go rust zig c go python", " ")...)
	b := SetOf("python", "ruby", "go", "lua")
	fmt.Println(len(a), Sorted(a))
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("inter:", Sorted(a.Intersect(b)))
	fmt.Println("a-b:", Sorted(a.Diff(b)), "b-a:", Sorted(b.Diff(a)))
	fmt.Println(a.Has("zig"), b.Has("zig"))
	primes := SetOf(2, 3, 5, 7, 11, 13)
	odds := Set[int]{}
	for i := 1; i < 15; i += 2 {
		odds.Add(i)
	}
	fmt.Println(Sorted(primes.Intersect(odds)), Sorted(odds.Diff(primes)))
	fmt.Println(primes)
	clear(odds)
	fmt.Println(len(odds), odds)
	type pt struct{ x, y int }
	ps := SetOf(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(len(ps), ps.Has(pt{2, 1}))
	eq := maps.EqualFunc(SetOf(1, 2), SetOf(2, 1), func(struct{}, struct{}) bool { return true })
	fmt.Println(eq, maps.Equal(a, b))
}

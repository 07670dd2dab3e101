package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(xs))}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }

func (s Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, k := range slices.Sorted(maps.Keys(s.m)) {
			if !yield(k) {
				return
			}
		}
	}
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := SetOf[T]()
	maps.Copy(r.m, s.m)
	maps.Copy(r.m, o.m)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := SetOf[T]()
	for k := range s.m {
		if o.Has(k) {
			r.m[k] = struct{}{}
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := SetOf[T]()
	for k := range s.m {
		if !o.Has(k) {
			r.m[k] = struct{}{}
		}
	}
	return r
}

func (s Set[T]) String() string {
	var parts []string
	for x := range s.All() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func Map[T, U cmp.Ordered](s Set[T], f func(T) U) Set[U] {
	r := SetOf[U]()
	for x := range s.All() {
		r.m[f(x)] = struct{}{}
	}
	return r
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if pred(x) && !yield(x) {
				return
			}
		}
	}
}

func main() {
	a := SetOf(1, 2, 3, 4, 5, 6)
	b := SetOf(4, 5, 6, 7, 8)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	sq := Map(a, func(x int) string { return strings.Repeat("*", x%3+1) })
	fmt.Println(sq, sq.Len())
	evens := slices.Collect(Filter(a.Union(b).All(), func(x int) bool { return x%2 == 0 }))
	fmt.Println(evens)
	words := SetOf(strings.Fields("the cat sat on the mat the end")...)
	fmt.Println(words, words.Has("cat"), words.Has("dog"))
	for w := range words.All() {
		if w > "m" {
			fmt.Println("first after m:", w)
			break
		}
	}
	fs := SetOf(2.5, -1.0, 2.5, 0.0)
	fmt.Printf("%v %d\n", fs, fs.Len())
}

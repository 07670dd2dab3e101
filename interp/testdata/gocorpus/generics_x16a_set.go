package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
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
	return "{" + strings.Join(parts, ", ") + "}"
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

type Stringer interface{ String() string }

func show(items ...Stringer) {
	for _, it := range items {
		fmt.Print(it.String(), " ")
	}
	fmt.Println()
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	show(a, b.Union(NewSet(9)))
	w := NewSet(strings.Fields("the cat sat on the mat the end")...)
	fmt.Println(w, len(w), w.Has("cat"), w.Has("dog"))
	fmt.Printf("%v %d\n", NewSet(2.5, 1.5), len(NewSet[int]()))
	var s Stringer = NewSet('b', 'a')
	fmt.Println(s)
}

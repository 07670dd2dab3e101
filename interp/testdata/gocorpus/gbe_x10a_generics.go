// Exercises: generics - a function with a ~[]E constraint, a generic set type with methods, explicit instantiation, a numeric constraint
package main

import (
	"fmt"
	"maps"
	"slices"
)

func LastIndex[S ~[]E, E comparable](s S, v E) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	u := NewSet[T]()
	for _, m := range []map[T]struct{}{s.m, o.m} {
		for k := range m {
			u.Add(k)
		}
	}
	return u
}

type Number interface {
	~int | ~int64 | ~float64
}

func Mean[T Number](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Score int

type Names []string

func main() {
	ns := Names{"ann", "bo", "ann", "cy"}
	fmt.Println(LastIndex(ns, "ann"), LastIndex[[]int, int]([]int{1, 2}, 3))
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(u.Len(), u.Has(4), u.Has(5), a.Len())
	words := NewSet[string]()
	words.Add("x")
	fmt.Println(words.Has("x"), words.Len())
	fmt.Println(Mean(1, 2, 4), Mean(0.5, 1.5), Mean[Score](90, 75))
	fmt.Printf("%v %T\n", slices.Sorted(maps.Keys(u.m)), a)
}

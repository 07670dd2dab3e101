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

func Of[T cmp.Ordered](vs ...T) *Set[T] {
	s := &Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T) bool {
	i, found := slices.BinarySearch(s.items, v)
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, v)
	return true
}

func (s *Set[T]) Has(v T) bool { _, ok := slices.BinarySearch(s.items, v); return ok }
func (s *Set[T]) Len() int     { return len(s.items) }

func (s *Set[T]) All() iter.Seq[T] { return slices.Values(s.items) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := &Set[T]{items: slices.Clone(s.items)}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := &Set[T]{}
	for v := range s.All() {
		if o.Has(v) {
			r.items = append(r.items, v)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

func MinMax[T cmp.Ordered](s *Set[T]) (lo, hi T, ok bool) {
	if s.Len() == 0 {
		return lo, hi, false
	}
	return s.items[0], s.items[s.Len()-1], true
}

func main() {
	a := Of(5, 3, 9, 1, 3, 7)
	b := Of(2, 3, 4, 5)
	fmt.Println(a, b, a.Union(b), a.Intersect(b))
	fmt.Println(a.Add(4), a.Add(4), a.Len(), a.Has(9), a.Has(10))
	words := Of(strings.Fields("the cat sat on the mat the end")...)
	fmt.Println(words, words.Len())
	lo, hi, ok := MinMax(words)
	fmt.Println(lo, hi, ok)
	_, _, ok = MinMax(Of[float64]())
	fmt.Println(ok)
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Printf("%+v\n", SortedPairs(map[float64][]string{2.5: {"x"}, -1: nil}))
	var s fmt.Stringer = Of('c', 'a', 'b')
	fmt.Println(s)
}

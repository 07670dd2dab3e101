package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Sorted() []T         { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string      { return fmt.Sprintf("%v", s.Sorted()) }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) Equal(o Set[T]) bool { return s.Subset(o) && o.Subset(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(v T, _ struct{}) bool { return o.Has(v) })
	return r
}

func (s Set[T]) Subset(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func Map[T, U cmp.Ordered](s Set[T], f func(T) U) Set[U] {
	r := Set[U]{}
	for v := range s {
		r.Add(f(v))
	}
	return r
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("A =", a, "B =", b)
	fmt.Println("A ∪ B =", a.Union(b))
	fmt.Println("A ∩ B =", a.Intersect(b))
	fmt.Println("A \\ B =", a.Diff(b))
	fmt.Println("B \\ A =", b.Diff(a))
	sym := a.Diff(b).Union(b.Diff(a))
	fmt.Println("A △ B =", sym, sym.Len())
	fmt.Println(NewSet(4, 5).Subset(a), a.Subset(b), a.Equal(NewSet(5, 4, 3, 2, 1)))

	words := NewSet(strings.Fields("the cat sat on the mat with the hat")...)
	fmt.Println(words, words.Len())
	lengths := Map(words, func(s string) int { return len(s) })
	fmt.Println(lengths)
	upper := Map(words, strings.ToUpper)
	fmt.Printf("%v %T\n", upper, upper)
	words.Remove("the")
	fmt.Println(words.Has("the"), words.Has("cat"))
	var empty Set[float64]
	fmt.Println(empty.Has(1), empty.Len(), empty)
	fmt.Println(NewSet[rune]([]rune("mississippi")...).Sorted())
}

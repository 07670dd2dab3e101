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

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)          { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool     { _, ok := s[x]; return ok }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(s.Sorted()) }
func (s Set[T]) Sorted() []T      { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) Len() int         { return len(s) }

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
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(k T, _ struct{}) bool { return o.Has(k) })
	return r
}

func (s Set[T]) String() string {
	parts := []string{}
	for x := range s.All() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func Subset[T cmp.Ordered](a, b Set[T]) bool {
	for x := range a {
		if !b.Has(x) {
			return false
		}
	}
	return true
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(a, b)
	fmt.Println("union", a.Union(b))
	fmt.Println("inter", a.Intersect(b))
	fmt.Println("a-b", a.Diff(b), "b-a", b.Diff(a))
	fmt.Println(Subset(NewSet(4, 5), b), Subset(a, b), a.Len())
	words := NewSet(strings.Fields("to be or not to be that is the question")...)
	fmt.Println(words, words.Len())
	vowels := NewSet('a', 'e', 'i', 'o', 'u')
	n := 0
	for _, r := range "programming in go" {
		if vowels.Has(r) {
			n++
		}
	}
	fmt.Println("vowels:", n, vowels.Sorted())
	var empty Set[float64]
	fmt.Println(empty.Has(1.5), empty.Len(), empty)
	fmt.Printf("%v\n", NewSet("b", "a").Union(NewSet("c")))
}

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Clone() Set[T]       { return maps.Clone(s) }
func (s Set[T]) Items() []T          { return slices.Collect(maps.Keys(s)) }
func (s Set[T]) Equal(o Set[T]) bool { return s.Len() == o.Len() && s.SubsetOf(o) }

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := s.Clone()
	for v := range o {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	items := s.Items()
	slices.Sort(items)
	return items
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for v := range s {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a =", a)
	fmt.Println("b =", b)
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("intersect:", a.Intersect(b))
	fmt.Println("a-b:", a.Diff(b), "b-a:", b.Diff(a))
	fmt.Println("subset:", NewSet(4, 5).SubsetOf(a), b.SubsetOf(a))
	fmt.Println("equal:", a.Intersect(b).Equal(NewSet(5, 4)))

	words := NewSet(strings.Fields("the quick brown fox jumps over the lazy dog the end")...)
	fmt.Printf("%d unique words: %v\n", words.Len(), Sorted(words))
	words.Remove("the")
	fmt.Println(words.Has("the"), words.Has("fox"), words.Len())
	fmt.Printf("%T\n", words)

	type point struct{ X, Y int }
	ps := NewSet(point{1, 2}, point{3, 4}, point{1, 2})
	fmt.Println(ps.Len(), ps.Has(point{3, 4}), ps.Has(point{4, 3}))
}

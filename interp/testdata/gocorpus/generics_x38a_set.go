package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](vals ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(vals))}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)              { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)           { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool         { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int             { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T]     { return maps.Keys(s.m) }
func (s *Set[T]) Clone() *Set[T]       { return &Set[T]{m: maps.Clone(s.m)} }
func (s *Set[T]) Equal(o *Set[T]) bool { return maps.Equal(s.m, o.m) }

func Union[T comparable](a, b *Set[T]) *Set[T] {
	out := a.Clone()
	for v := range b.All() {
		out.Add(v)
	}
	return out
}

func Intersect[T comparable](a, b *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range a.All() {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Difference[T comparable](a, b *Set[T]) *Set[T] {
	out := a.Clone()
	for v := range b.All() {
		out.Remove(v)
	}
	return out
}

// Sorted renders an ordered set deterministically.
func Sorted[T cmp.Ordered](s *Set[T]) []T {
	return slices.Sorted(s.All())
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(Union(a, b)), Sorted(Intersect(a, b)), Sorted(Difference(a, b)))
	fmt.Println(a, b, a.Has(2), b.Has(2))
	fmt.Println(Union(a, b).Equal(Union(b, a)), a.Equal(b))

	langs := NewSet(strings.Fields("go rust go zig c go rust")...)
	fmt.Println(langs.Len(), Sorted(langs))
	langs.Remove("c")
	fmt.Printf("%v %d\n", langs, langs.Len())

	visited := NewSet[Point]()
	pos := Point{}
	for _, mv := range "RRUULDDR" {
		switch mv {
		case 'R':
			pos.X++
		case 'L':
			pos.X--
		case 'U':
			pos.Y++
		case 'D':
			pos.Y--
		}
		visited.Add(pos)
	}
	fmt.Println(visited.Len(), visited.Has(Point{2, 2}), visited.Has(Point{-1, 0}))
	fmt.Println(visited)

	empty := NewSet[string]()
	fmt.Println(empty, empty.Len(), Sorted(empty) == nil)
}

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

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s Set[T]) Remove(v T) bool {
	if !s.Has(v) {
		return false
	}
	delete(s.m, v)
	return true
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func (s Set[T]) String() string {
	parts := []string{}
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

type coord struct{ x, y int }

func main() {
	a := NewSet(1, 2, 3, 4, 5, 5, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(a, b, a.Len(), b.Len())
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("inter:", Sorted(a.Intersect(b)))
	fmt.Println("a-b:  ", Sorted(a.Diff(b)), "b-a:", b.Diff(a))
	fmt.Println(a.Remove(1), a.Remove(1), a.Has(2), a.Has(1))

	words := NewSet(strings.Fields("to be or not to be that is the question")...)
	fmt.Println(words.Len(), Sorted(words))

	visited := NewSet[coord]()
	pos := coord{}
	for _, step := range "RRUULLDDRRR" {
		visited.Add(pos)
		switch step {
		case 'R':
			pos.x++
		case 'L':
			pos.x--
		case 'U':
			pos.y++
		case 'D':
			pos.y--
		}
	}
	visited.Add(pos)
	fmt.Println("visited:", visited.Len(), visited.Has(coord{1, 2}), visited.Has(coord{3, 0}))
	pts := slices.SortedFunc(visited.All(), func(p, q coord) int {
		return cmp.Or(cmp.Compare(p.x, q.x), cmp.Compare(p.y, q.y))
	})
	fmt.Println(pts)
	var empty Set[string]
	fmt.Println(empty.Len(), empty.Has("x"), empty)
}

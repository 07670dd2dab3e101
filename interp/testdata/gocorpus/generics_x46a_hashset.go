package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.m[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Add(v T)             { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int            { return len(s.m) }
func (s Set[T]) Remove(v T)          { delete(s.m, v) }
func (s Set[T]) Equal(o Set[T]) bool { return maps.Equal(s.m, o.m) }

func (s Set[T]) Filter(keep func(T) bool) Set[T] {
	r := NewSet[T]()
	for v := range s.m {
		if keep(v) {
			r.Add(v)
		}
	}
	return r
}

func Union[T comparable](sets ...Set[T]) Set[T] {
	r := NewSet[T]()
	for _, s := range sets {
		for v := range s.m {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) IsSubset(o Set[T]) bool {
	for v := range s.m {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// Sorted renders any set through fmt and sorts the text, so it works for any T.
func (s Set[T]) String() string {
	parts := make([]string, 0, len(s.m))
	for v := range s.m {
		parts = append(parts, fmt.Sprintf("%v", v))
	}
	sort.Strings(parts)
	return "Set{" + strings.Join(parts, ", ") + "}"
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a, b, a.Len())
	fmt.Println("union:", Union(a, b, NewSet(10)))
	even := a.Filter(func(x int) bool { return x%2 == 0 })
	fmt.Println("even:", even, "subset:", even.IsSubset(a), a.IsSubset(even))
	a.Remove(1)
	a.Remove(42)
	fmt.Println(a.Has(1), a.Has(2), a)

	visited := NewSet[Point]()
	p := Point{0, 0}
	moves := "RRUULDDDLR"
	for _, m := range moves {
		visited.Add(p)
		switch m {
		case 'R':
			p.X++
		case 'L':
			p.X--
		case 'U':
			p.Y++
		case 'D':
			p.Y--
		}
	}
	visited.Add(p)
	fmt.Println("visited", visited.Len(), "cells:", visited)

	w1 := NewSet(strings.Fields("go is fun and go is fast")...)
	w2 := NewSet("fast", "fun", "and", "is", "go")
	fmt.Println(w1.Equal(w2), w1.Len())
	keys := slices.Sorted(maps.Keys(w1.m))
	fmt.Printf("%q\n", keys)
	fmt.Printf("%T\n", visited)
}

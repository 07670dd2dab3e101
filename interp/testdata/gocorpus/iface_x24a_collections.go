package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Container[T any] interface {
	fmt.Stringer
	Add(T)
	Len() int
	All() iter.Seq[T]
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type ListBag[T any] struct {
	base
	items []T
}

func (l *ListBag[T]) Add(v T)          { l.items = append(l.items, v) }
func (l *ListBag[T]) Len() int         { return len(l.items) }
func (l *ListBag[T]) All() iter.Seq[T] { return slices.Values(l.items) }
func (l *ListBag[T]) String() string   { return fmt.Sprintf("%s%v", l.name, l.items) }

type Set[T comparable] struct {
	base
	order []T
	seen  map[T]struct{}
}

func NewSet[T comparable](name string) *Set[T] {
	return &Set[T]{base: base{name}, seen: map[T]struct{}{}}
}

func (s *Set[T]) Add(v T) {
	if _, ok := s.seen[v]; ok {
		return
	}
	s.seen[v] = struct{}{}
	s.order = append(s.order, v)
}
func (s *Set[T]) Len() int         { return len(s.order) }
func (s *Set[T]) All() iter.Seq[T] { return slices.Values(s.order) }
func (s *Set[T]) String() string {
	parts := make([]string, 0, len(s.order))
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return s.name + "{" + strings.Join(parts, ",") + "}"
}

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Add(v)
	}
	return c
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

type named interface{ Name() string }

func main() {
	cs := []Container[string]{
		Fill[string](&ListBag[string]{base: base{"bag"}}, "b", "a", "b", "c"),
		Fill[string](NewSet[string]("set"), "b", "a", "b", "c"),
	}
	for _, c := range cs {
		up := slices.Collect(Map(c.All(), strings.ToUpper))
		n := c.(named).Name()
		fmt.Printf("%-4s len=%d %v %v\n", n, c.Len(), c, up)
	}
	nums := NewSet[int]("nums")
	Fill[int](nums, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	sq := slices.Collect(Map(nums.All(), func(x int) int { return x * x }))
	fmt.Println(nums, sq, nums.Len())
	var c Container[int] = nums
	if s, ok := c.(*Set[int]); ok {
		fmt.Println("is set with", len(s.seen), "keys", s.seen)
	}
	_, isBag := c.(*ListBag[int])
	fmt.Println(isBag)
}

package main

import (
	"cmp"
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

func (s Set[T]) Add(v T)       { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool  { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)    { delete(s, v) }
func (s Set[T]) Len() int      { return len(s) }
func (s Set[T]) Clone() Set[T] { return maps.Clone(s) }
func (s Set[T]) Equal(o Set[T]) bool {
	if len(s) != len(o) {
		return false
	}
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func Union[T comparable](a, b Set[T]) Set[T] {
	out := a.Clone()
	for k := range b {
		out.Add(k)
	}
	return out
}

func Intersect[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		if b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func Diff[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		if !b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(Sorted(Union(a, b)), Sorted(Intersect(a, b)), Sorted(Diff(a, b)), Sorted(Diff(b, a)))
	fmt.Println(a.Has(3), b.Has(3), a.Len(), Union(a, b).Len())
	fmt.Println(Intersect(a, b).Equal(NewSet(5, 4)), a.Equal(b))
	fmt.Println(a)

	langs := NewSet(strings.Fields("go rust go python rust zig")...)
	fmt.Println(Sorted(langs), len(langs))
	langs.Remove("python")
	langs.Remove("cobol")
	fmt.Printf("%v %T\n", Sorted(langs), langs)

	visited := NewSet[Point]()
	x, y := 0, 0
	for _, step := range "RRULLDDR" {
		switch step {
		case 'R':
			x++
		case 'L':
			x--
		case 'U':
			y++
		case 'D':
			y--
		}
		visited.Add(Point{x, y})
	}
	fmt.Println("distinct cells:", visited.Len(), visited.Has(Point{0, 0}), visited.Has(Point{1, 1}))

	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "kiwi"}
	groups := GroupBy(words, func(s string) byte { return s[0] })
	fmt.Println(groups)
	byLen := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Print(k, byLen[k], " ")
	}
	fmt.Println()

	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), empty == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Add("boom")
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Color string

type Set[T cmp.Ordered] struct{ m map[T]bool }

func (s Set[T]) Has(x T) bool      { return s.m[x] }
func (s Set[T]) Items() []T        { return slices.Sorted(maps.Keys(s.m)) }
func (s Set[T]) Clone() Set[T]     { return Set[T]{maps.Clone(s.m)} }
func (s Set[T]) Contains(x T) bool { return slices.Contains(s.Items(), x) }
func (s Set[T]) Max() T            { return slices.Max(s.Items()) }
func (s Set[T]) Collect() []T      { return slices.Collect(maps.Keys(s.m)) }

func main() {
	s := Set[Color]{map[Color]bool{"red": true, "blue": true}}
	fmt.Println(s.Has("red"), s.Items(), len(s.Clone().m), s.Contains("blue"), s.Max(), len(s.Collect()))
	n := Set[int]{map[int]bool{3: true, 1: true}}
	fmt.Println(n.Items(), n.Max())
}

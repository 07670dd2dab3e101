// slices.Insert, Concat and Replace (variadic generic functions) inside
// methods of a generic type instantiated with named types of the program.
package main

import (
	"fmt"
	"slices"
)

type ID int

type Version string

type Set[T comparable] struct{ items []T }

func (s *Set[T]) Add(xs ...T) {
	for _, x := range xs {
		if !slices.Contains(s.items, x) {
			s.items = slices.Insert(s.items, len(s.items), x)
		}
	}
}

func (s *Set[T]) Both(o *Set[T]) []T { return slices.Concat(s.items, o.items) }

func (s *Set[T]) Swap(i int, v T) { s.items = slices.Replace(s.items, i, i+1, v, v) }

func (s *Set[T]) Front(x, y T) { s.items = slices.Insert(s.items, 0, x, y) }

func main() {
	a := &Set[ID]{}
	a.Add(3, 1, 3)
	b := &Set[ID]{}
	b.Add(2)
	fmt.Println(a.items, a.Both(b))
	a.Swap(0, 9)
	a.Front(7, 8)
	fmt.Println(a.items)
	v := &Set[Version]{}
	v.Add("1.0", "2.0")
	v.Front("0.1", "0.2")
	fmt.Println(v.items, slices.Concat(v.items, []Version{"x"}))
}

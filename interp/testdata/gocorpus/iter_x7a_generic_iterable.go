// Exercises: generic interface with an iter.Seq method, two types implementing it, generic consumer function
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Iterable[T any] interface {
	All() iter.Seq[T]
}

type Range struct{ lo, hi, step int }

func (r Range) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := r.lo; i < r.hi; i += r.step {
			if !yield(i) {
				return
			}
		}
	}
}

type Bag[T any] []T

func (b Bag[T]) All() iter.Seq[T] { return slices.Values(b) }

func Sum[T int | float64](it Iterable[T]) T {
	var s T
	for v := range it.All() {
		s += v
	}
	return s
}

func First[T any](it Iterable[T], n int) []T {
	var out []T
	for v := range it.All() {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	r := Range{0, 20, 3}
	fmt.Println(Sum[int](r), First[int](r, 3))
	b := Bag[float64]{1.5, 2.5, 3}
	fmt.Println(Sum[float64](b), First[float64](b, 10))
	var it Iterable[int] = Bag[int]{4, 5}
	fmt.Printf("%T %v\n", it, slices.Collect(it.All()))
}

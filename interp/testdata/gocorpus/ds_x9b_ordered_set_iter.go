// Exercises: generic ordered Set[T cmp.Ordered] kept sorted with slices.BinarySearch, iter.Seq All and iter.Seq2 Backward used in range-over-func loops with break.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Set[T cmp.Ordered] struct{ elems []T }

func (s *Set[T]) Add(v T) bool {
	i, found := slices.BinarySearch(s.elems, v)
	if found {
		return false
	}
	s.elems = slices.Insert(s.elems, i, v)
	return true
}

func (s *Set[T]) Has(v T) bool { _, ok := slices.BinarySearch(s.elems, v); return ok }

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, e := range s.elems {
			if !yield(e) {
				return
			}
		}
	}
}

func (s *Set[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.elems) - 1; i >= 0; i-- {
			if !yield(i, s.elems[i]) {
				return
			}
		}
	}
}

func main() {
	var s Set[int]
	for _, v := range []int{5, 1, 9, 1, 3, 7, 5} {
		fmt.Print(s.Add(v), " ")
	}
	fmt.Println()
	for v := range s.All() {
		if v > 5 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	for i, v := range s.Backward() {
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println(s.Has(3), s.Has(4))
	w := &Set[string]{}
	for _, x := range []string{"pear", "fig", "apple", "fig"} {
		w.Add(x)
	}
	fmt.Println(slices.Collect(w.All()))
}

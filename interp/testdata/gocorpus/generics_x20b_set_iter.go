package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(xs))}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }

func (s Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, k := range slices.Sorted(maps.Keys(s.m)) {
			if !yield(k) {
				return
			}
		}
	}
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.m[k] = struct{}{}
	}
	for k := range o.m {
		out.m[k] = struct{}{}
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.All() {
		if o.Has(k) {
			out.m[k] = struct{}{}
		}
	}
	return out
}

func (s Set[T]) String() string { return fmt.Sprint(slices.Collect(s.All())) }

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Jaccard[T cmp.Ordered](a, b Set[T]) float64 {
	u := a.Union(b).Len()
	if u == 0 {
		return 0
	}
	return float64(a.Intersect(b).Len()) / float64(u)
}

func main() {
	a := NewSet("relu", "tanh", "sigmoid", "gelu")
	b := NewSet("gelu", "swish", "relu")
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Intersect(b))
	fmt.Printf("jaccard=%.4f\n", Jaccard(a, b))
	long := slices.Collect(Filter(a.Union(b).All(), func(s string) bool { return len(s) > 4 }))
	fmt.Println(long)
	nums := NewSet(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	fmt.Println(nums, nums.Len(), nums.Has(7))
	for v := range Filter(nums.All(), func(x int) bool { return x%2 == 1 }) {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Printf("%.4f\n", Jaccard(NewSet(1.5, 2.5), NewSet(2.5, 3.5, 4.5)))
}

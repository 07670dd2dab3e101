package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
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
func (s Set[T]) Add(xs ...T) {
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
}
func (s Set[T]) Items() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s.m))) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		r.Add(x)
	}
	for x := range o.m {
		r.Add(x)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for x := range s.m {
		if !o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) String() string {
	var parts []string
	for x := range s.Items() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func PowerSet[T cmp.Ordered](s Set[T]) []Set[T] {
	items := slices.Collect(s.Items())
	var out []Set[T]
	for mask := 0; mask < 1<<len(items); mask++ {
		sub := NewSet[T]()
		for i, it := range items {
			if mask&(1<<i) != 0 {
				sub.Add(it)
			}
		}
		out = append(out, sub)
	}
	return out
}

func main() {
	free := NewSet("x", "y", "z")
	bound := NewSet("y", "w")
	fmt.Println(free.Union(bound), free.Intersect(bound), free.Diff(bound), bound.Diff(free))
	fmt.Println(free.Has("x"), free.Has("w"), free.Len())
	nums := NewSet(3, 1, 2)
	ps := PowerSet(nums)
	fmt.Println(len(ps), ps)
	alias := nums
	alias.Add(10)
	fmt.Println(nums, nums.Len())
	for x := range nums.Items() {
		if x > 2 {
			break
		}
		fmt.Print(x, ";")
	}
	fmt.Println()
	var empty Set[float64]
	fmt.Println(empty.Has(1), empty.Len(), empty)
	fmt.Printf("%v %+v\n", NewSet('a', 'b'), NewSet(1.5))
}

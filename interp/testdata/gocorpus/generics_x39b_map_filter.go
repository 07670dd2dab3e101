package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Celsius float64

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	fmt.Println(long)
	fmt.Println(Reduce(words, "", func(acc, w string) string {
		if acc == "" {
			return strings.ToUpper(w[:1])
		}
		return acc + strings.ToUpper(w[:1])
	}))
	fmt.Println(Sum(lens), Sum([]Celsius{1.5, 2.25, -0.75}))

	a := NewSet(words...)
	b := NewSet("fox", "cat", "dog", "emu")
	fmt.Println(a.Len(), b.Len())
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("inter:", Sorted(a.Intersect(b)))
	fmt.Printf("%T %v\n", b.Has("cat"), b.Has("cow"))

	type pair struct {
		k string
		v int
	}
	pairs := Map(Sorted(a), func(w string) pair { return pair{w, len(w)} })
	slices.SortStableFunc(pairs, func(x, y pair) int { return cmp.Compare(y.v, x.v) })
	fmt.Printf("%+v\n", pairs[:3])
}

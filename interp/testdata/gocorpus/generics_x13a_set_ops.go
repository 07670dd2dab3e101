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
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)          { s.m[x] = struct{}{} }
func (s Set[T]) Has(x T) bool     { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(s.Sorted()) }
func (s Set[T]) Sorted() []T      { return slices.Sorted(maps.Keys(s.m)) }
func (s Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for x := range s.All() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func Union[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for x := range a.m {
		out.Add(x)
	}
	for x := range b.m {
		out.Add(x)
	}
	return out
}

func Intersect[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for x := range a.m {
		if b.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Diff[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for x := range a.m {
		if !b.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func PowerSet[T cmp.Ordered](s Set[T]) [][]T {
	items := s.Sorted()
	var out [][]T
	for mask := 0; mask < 1<<len(items); mask++ {
		var sub []T
		for i, x := range items {
			if mask&(1<<i) != 0 {
				sub = append(sub, x)
			}
		}
		out = append(out, sub)
	}
	return out
}

func Jaccard[T cmp.Ordered](a, b Set[T]) float64 {
	u := Union(a, b).Len()
	if u == 0 {
		return 1
	}
	return float64(Intersect(a, b).Len()) / float64(u)
}

func main() {
	evens := NewSet(0, 2, 4, 6, 8, 10)
	primes := NewSet(2, 3, 5, 7, 11)
	fmt.Println("union:    ", Union(evens, primes))
	fmt.Println("intersect:", Intersect(evens, primes))
	fmt.Println("diff:     ", Diff(evens, primes), Diff(primes, evens))
	fmt.Printf("jaccard: %.3f\n", Jaccard(evens, primes))
	a := NewSet(strings.Fields("the cat sat on the mat")...)
	b := NewSet(strings.Fields("the dog sat on the log")...)
	fmt.Println(a, b, a.Len(), b.Len())
	fmt.Printf("text jaccard: %.3f\n", Jaccard(a, b))
	fmt.Println(PowerSet(NewSet('x', 'y', 'z')))
	fmt.Println(len(PowerSet(primes)), NewSet[float64]().String(), Jaccard(NewSet[int](), NewSet[int]()))
	fmt.Printf("%v|%s\n", NewSet(3.5, 1.25), NewSet("b", "a"))
}

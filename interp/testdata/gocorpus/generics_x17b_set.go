package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](vs ...T) Set[T] {
	s := make(Set[T])
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func Union[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

func Intersect[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	a := NewSet(3, 1, 4, 1, 5)
	b := NewSet(5, 9, 2, 6, 5, 3)
	fmt.Println(a, b)
	fmt.Println(Union(a, b), Intersect(a, b))
	fmt.Println(a.Has(4), b.Has(4), len(a))
	ss := NewSet("pear", "apple")
	fmt.Printf("%v %d %T\n", ss, len(ss), ss)
	names := Names{"ann", "bob", "al", "cy"}
	short := Filter(names, func(s string) bool { return len(s) == 2 })
	fmt.Println(short.Joined())
	ks := Keys(map[string]int{"z": 1, "y": 2})
	slices.Sort(ks)
	fmt.Println(ks)
	fmt.Println(slices.Max(a.Sorted()), slices.Index(b.Sorted(), 6))
	u := Union(ss, NewSet("kiwi"))
	fmt.Println(u.Sorted())
}

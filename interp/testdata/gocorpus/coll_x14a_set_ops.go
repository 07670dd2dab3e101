package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func Of[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r[x] = struct{}{}
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(k T, _ struct{}) bool { return o.Has(k) })
	return r
}

func (s Set[T]) Sorted() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }

func (s Set[T]) String() string {
	var parts []string
	for x := range s.Sorted() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func (s Set[T]) SubsetOf(o Set[T]) bool { return len(s.Diff(o)) == 0 }

func main() {
	a := Of(1, 2, 3, 4, 5)
	b := Of(4, 5, 6, 7)
	fmt.Println(a, b)
	fmt.Println("union", a.Union(b), "inter", a.Intersect(b), "a-b", a.Diff(b), "b-a", b.Diff(a))
	fmt.Println(Of(4, 5).SubsetOf(a), b.SubsetOf(a), Set[int]{}.SubsetOf(b), len(a.Union(b)))
	words := Of(strings.Fields("to be or not to be that is the question")...)
	stop := Of("to", "be", "or", "the", "is")
	fmt.Println(words.Diff(stop), len(words))
	fmt.Printf("%v %d\n", Of[float64](), len(Of("x", "x", "x")))
	m := map[string]Set[string]{"go": Of("fast", "simple"), "rust": Of("fast", "safe")}
	fmt.Println(m["go"].Intersect(m["rust"]), m)
}

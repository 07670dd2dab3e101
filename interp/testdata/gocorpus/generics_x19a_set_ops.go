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
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)          { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool     { _, ok := s[x]; return ok }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }
func (s Set[T]) Len() int         { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.DeleteFunc(r, func(k T, _ struct{}) bool { return o.Has(k) })
	return r
}

func (s Set[T]) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	i := 0
	for x := range s.All() {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, x)
		i++
	}
	sb.WriteByte('}')
	return sb.String()
}

func Map[T, U cmp.Ordered](s Set[T], f func(T) U) Set[U] {
	r := Set[U]{}
	for x := range s {
		r.Add(f(x))
	}
	return r
}

func Filter[T cmp.Ordered](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func main() {
	a := Of(1, 2, 3, 4, 5)
	b := Of(4, 5, 6, 7)
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	words := Of("go", "rust", "zig", "c", "odin")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(words, lens, lens.Len())
	evens := slices.Collect(Filter(a.Union(b).All(), func(x int) bool { return x%2 == 0 }))
	fmt.Println(evens)
	for w := range Filter(words.All(), func(s string) bool { return len(s) > 2 }) {
		if w == "rust" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d\n", Of[float64](), len(Of("x", "x", "x")))
	fmt.Println(map[string]Set[int]{"b": b, "a": a})
}

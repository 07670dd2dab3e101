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

func Of[T cmp.Ordered](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)          { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s[v]; return ok }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }
func (s Set[T]) String() string {
	var parts []string
	for v := range s.All() {
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
	out := Set[T]{}
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Diff[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.DeleteFunc(out, func(k T, _ struct{}) bool { return b.Has(k) })
	return out
}

func Map[T, U cmp.Ordered](s Set[T], f func(T) U) Set[U] {
	out := Set[U]{}
	for v := range s {
		out.Add(f(v))
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](seq iter.Seq[T]) (total T) {
	for v := range seq {
		total += v
	}
	return
}

type Celsius float64

func main() {
	a := Of(1, 2, 3, 4, 5)
	b := Of(4, 5, 6, 7)
	fmt.Println(a, b)
	fmt.Println("union", Union(a, b), "inter", Intersect(a, b), "a-b", Diff(a, b), "b-a", Diff(b, a))
	sq := Map(a, func(x int) int { return x * x % 7 })
	fmt.Println("sq%7", sq, len(sq), Sum(sq.All()))
	words := Of(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(words, len(words))
	lens := Map(words, func(w string) int { return len(w) })
	fmt.Println(lens)
	firsts := Map(words, func(w string) string { return w[:1] })
	fmt.Printf("%v %d\n", firsts, len(firsts))
	temps := Of[Celsius](21.5, 19, 21.5, 30.25)
	fmt.Println(temps, Sum(temps.All()))
	fmt.Println(a) // fmt uses String
	fmt.Printf("%v %d\n", map[int]struct{}(a), len(a))
	empty := Set[string]{}
	fmt.Println(empty, Intersect(words, empty), empty.Has(""))
}

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

type Celsius float64

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5))
	strs := Map([]int{1, 22, 333}, func(i int) string { return strings.Repeat("*", i%5) })
	fmt.Printf("%q\n", strs)
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6, 7, 8}), func(i int) bool { return i%2 == 0 })
	for v := range evens {
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(slices.Collect(evens))
	var st Stack[string]
	st.Push("a", "b", "c")
	for i, v := range st.All() {
		fmt.Print(i, v, " ")
	}
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	var empty Stack[Pair[string, int]]
	z, ok := empty.Pop()
	fmt.Printf("%v %v %+v\n", z, ok, z)
	ps := SortedPairs(map[string]int{"pear": 3, "apple": 7, "fig": 1})
	fmt.Println(ps)
	fmt.Println(SortedPairs(map[Celsius][]bool{3.5: {true}, -1: nil}))
	mx := slices.MaxFunc(ps, func(a, b Pair[string, int]) int { return a.Val - b.Val })
	fmt.Println(mx, mx.Key)
}

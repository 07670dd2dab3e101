package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

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

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Zero[T any]() T {
	var z T
	return z
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	fmt.Printf("%T\n", Sum[Celsius](1))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5))

	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Println(v, ok)
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	p := Pair[string, int]{"age", 30}
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, []Pair[int, bool]{{1, true}}, p)

	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]float64{1.5}, 2))

	type ID int
	ids := []ID{5, 3, 8}
	fmt.Println(Sum(ids...), MaxOf(ids[0], ids[1:]...))
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), min(3, 1, 2), max(2.5, 1))
}

package main

import (
	"cmp"
	"fmt"
	"strings"
)

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	head, tail *element[T]
	size       int
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
	lst.size++
}

func (lst *List[T]) AllElements() []T {
	var elems []T
	for e := lst.head; e != nil; e = e.next {
		elems = append(elems, e.val)
	}
	return elems
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	var s = []string{"foo", "bar", "zoo"}
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"))
	_ = SlicesIndex[[]string, string](s, "zoo")

	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	fmt.Println("list:", lst.AllElements(), lst.size)

	lens := Map(s, func(x string) int { return len(x) })
	fmt.Println(lens, Map(s, strings.ToUpper))
	fmt.Println(Reduce(s, "", func(a string, x string) string { return a + x[:1] }))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	fmt.Printf("%T\n", Sum[Celsius](1))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a", "c"))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %+v\n", Pair[int, bool]{1, true}, ps[1])
}

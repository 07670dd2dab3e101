package main

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

type Stringer interface{ String() string }

type StringableNumber interface {
	~int | ~float64
	String() string
}

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Total[T StringableNumber](xs []T) string {
	var s T
	for _, x := range xs {
		s += x
	}
	return s.String()
}

type Number interface{ ~int | ~float64 }

func Apply[S ~[]E, E Number](s S, f func(E) E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

type Vec []float64

type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }
func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	sum := Reduce(l.All(), 0, func(a, v int) int { return a + v })
	str := Reduce(l.All(), "", func(a string, v int) string { return a + strconv.Itoa(v) })
	fmt.Println(sum, str, l.size)

	ms := []Money{150, 2999, 5}
	fmt.Println(JoinAll(ms, ", "), Total(ms))

	v := Apply(Vec{1, 2, 3}, func(x float64) float64 { return x / 2 })
	fmt.Printf("%v %T\n", v, v)

	f := Reduce[string, int]
	var words List[string]
	words.Push("go")
	words.Push("rust")
	fmt.Println(f(words.All(), 0, func(n int, s string) int { return n + len(s) }))

	fmt.Println(Some(3).OrElse(9), None[int]().OrElse(9), None[string]().OrElse("dflt"))
	fmt.Printf("%+v %T\n", Some("x"), None[[]int]())
}

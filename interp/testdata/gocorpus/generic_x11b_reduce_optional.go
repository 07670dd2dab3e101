// Exercises: generic Reduce/Filter/GroupBy with several type parameters, generic Optional[T] type with methods, explicit instantiation as a func value
package main

import (
	"fmt"
	"strings"
)

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Optional[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func First[T any](xs []T, pred func(T) bool) Optional[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

func main() {
	words := strings.Fields("go is a fun language and go is fast")
	total := Reduce(words, 0, func(n int, w string) int { return n + len(w) })
	fmt.Println(total, Reduce(words, "", func(s, w string) string { return s + w[:1] }))
	g := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(g)
	isLong := func(w string) bool { return len(w) > 5 }
	fmt.Println(First(words, isLong).OrElse("-"), First(words, func(w string) bool { return len(w) > 20 }).OrElse("none"))
	filterInts := Filter[int]
	fmt.Println(filterInts([]int{1, 2, 3, 4}, func(n int) bool { return n%2 == 0 }), First([]int{}, nil).OrElse(-1))
}

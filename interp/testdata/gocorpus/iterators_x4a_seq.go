// Exercises: iterators: iter.Seq from a method, early break stopping the producer, slices.Collect, an iter.Seq2 enumerator, a generator of fibonacci numbers.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type List[T any] struct{ items []T }

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.items {
			if !yield(v) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				fmt.Println("(producer stopped)")
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	l := List[string]{items: []string{"a", "b", "c"}}
	for e := range l.All() {
		fmt.Println(e)
	}
	fmt.Println("all:", slices.Collect(l.All()))
	for n := range genFib() {
		if n >= 10 {
			break
		}
		fmt.Println(n)
	}
	for i, s := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
}

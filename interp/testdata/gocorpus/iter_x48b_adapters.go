package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
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

func main() {
	squares := Map(Naturals(), func(n int) int { return n * n })
	odd := Filter(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 6)))

	sum := Reduce(Take(Naturals(), 100), 0, func(a, b int) int { return a + b })
	fmt.Println("sum 1..100 =", sum)

	words := strings.Fields("alpha beta gamma delta epsilon")
	upper := Map(slices.Values(words), strings.ToUpper)
	for i, w := range Enumerate(upper) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()

	lens := Map(slices.Values(words), func(s string) string {
		return fmt.Sprintf("%s(%d)", s, len(s))
	})
	fmt.Println(strings.Join(slices.Collect(lens), " "))

	count := 0
	for v := range Take(Filter(Naturals(), func(n int) bool { return n%7 == 0 }), 4) {
		count++
		fmt.Print(v, " ")
	}
	fmt.Println("count", count)

	longest := Reduce(slices.Values(words), "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Printf("longest=%q\n", longest)
}

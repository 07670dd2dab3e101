package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Fold[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
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

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	first := slices.Collect(Take(squares, 6))
	fmt.Println(first)
	sum := Fold(Take(Naturals(), 100), 0, func(a, b int) int { return a + b })
	fmt.Println("sum", sum)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(slices.Values(words), func(s string) bool { return len(s) > 3 })
	upper := Map(long, strings.ToUpper)
	for i, w := range Enumerate(upper) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	joined := Fold(slices.Values(words), "", func(a string, w string) string {
		if a == "" {
			return w[:1]
		}
		return a + w[:1]
	})
	fmt.Println(joined)
	for i, v := range Enumerate(Take(Naturals(), 10)) {
		if i == 3 {
			break
		}
		fmt.Println("early", i, v)
	}
	sorted := slices.Sorted(Map(slices.Values(words), func(s string) string { return s }))
	fmt.Println(slices.Compact(sorted))
	lens := slices.Collect(Map(slices.Values(words), func(s string) int { return len(s) }))
	fmt.Println(lens, slices.Max(lens))
}

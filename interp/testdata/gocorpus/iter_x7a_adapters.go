// Exercises: iterator adapters beyond map/filter - TakeWhile, Dedup (zero value via *new(T)), Pairwise to Seq2 - over iter.Seq, infinite generator stopped early
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func TakeWhile[T any](s iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

func Dedup[T comparable](s iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first, last := true, *new(T)
		for v := range s {
			if first || v != last {
				if !yield(v) {
					return
				}
			}
			first, last = false, v
		}
	}
}

func Pairwise[T any](s iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		started := false
		for v := range s {
			if started && !yield(prev, v) {
				return
			}
			prev, started = v, true
		}
	}
}

func main() {
	small := TakeWhile(Fib(), func(n int) bool { return n < 50 })
	fmt.Println(slices.Collect(small))
	fmt.Println(slices.Collect(Dedup(small)))
	for a, b := range Pairwise(slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
}

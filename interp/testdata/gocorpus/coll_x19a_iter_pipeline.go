package main

import (
	"fmt"
	"iter"
	"maps"
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

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := next()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func Windows(s string, n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(i, s[i:i+n]) {
				return
			}
		}
	}
}

func main() {
	squares := Map(Naturals(), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 6)))
	labels := Map(Naturals(), func(n int) string { return strings.Repeat("*", n) })
	for i, l := range Zip(Take(Naturals(), 4), labels) {
		fmt.Println(i, l)
	}
	counts := map[string]int{}
	for _, w := range Windows("abracadabra", 3) {
		counts[w]++
	}
	fmt.Println(counts)
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys)
	for i, w := range Windows("hello", 2) {
		if w == "ll" {
			fmt.Println("found ll at", i)
			break
		}
	}
	next, stop := iter.Pull(Take(Naturals(), 2))
	a, ok1 := next()
	b, ok2 := next()
	c, ok3 := next()
	stop()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	byLen := maps.Collect(Map2(slices.All([]string{"go", "rust", "c"})))
	fmt.Println(byLen)
}

func Map2(seq iter.Seq2[int, string]) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, s := range seq {
			if !yield(s, len(s)) {
				return
			}
		}
	}
}

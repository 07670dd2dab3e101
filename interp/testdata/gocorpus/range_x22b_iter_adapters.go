package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nextB()
			if !ok || !yield(va, vb) {
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
	squares := Map(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 6)))

	words := slices.Values(strings.Fields("zero one two three four five"))
	for n, w := range Zip(Naturals(), words) {
		fmt.Printf("%d=%s ", n, w)
	}
	fmt.Println()

	signal := "mjqjpqmgbljsphdztnvjfqwrcgsmlb"
	for i, w := range Windows(signal, 14) {
		set := map[rune]bool{}
		for _, r := range w {
			set[r] = true
		}
		if len(set) == 14 {
			fmt.Println("marker after", i+14, w)
			break
		}
	}
	next, stop := iter.Pull(Take(Naturals(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ",")
	}
	stop()
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(Map(slices.Values(keys), func(k string) int { return m[k] * 100 })))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	total := 0
	for v := range Take(Filter(Naturals(), func(n int) bool { return n%7 == 3 }), 100) {
		total += v
	}
	fmt.Println(total)
}

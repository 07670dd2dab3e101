package main

import (
	"fmt"
	"iter"
	"maps"
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

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
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
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
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
	sq := MapSeq(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(sq, 6)))

	words := strings.Fields("let the lexer lex the lines lazily")
	for i, w := range Enumerate(words) {
		if i > 3 {
			break
		}
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()

	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(keys, freq)
	upper := slices.Collect(MapSeq(slices.Values(keys), strings.ToUpper))
	fmt.Println(upper)

	next, stop := iter.Pull(Take(Naturals(), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	for k, v := range maps.All(map[int]string{1: "one"}) {
		fmt.Println(k, v)
	}
	backwards := slices.Collect(func(yield func(string) bool) {
		for _, w := range slices.Backward(words) {
			if !yield(w) {
				return
			}
		}
	})
	fmt.Println(backwards, slices.Index(backwards, "lexer"))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
}

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
	sq := Map(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(sq, 6)))
	words := strings.Fields("the cat sat on the mat with the hat")
	upper := Map(slices.Values(words), strings.ToUpper)
	for i, w := range Enumerate(Take(upper, 4)) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(keys, freq)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	long := slices.Collect(Filter(slices.Values(keys), func(s string) bool { return len(s) > 2 }))
	fmt.Println(long, len(long))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}

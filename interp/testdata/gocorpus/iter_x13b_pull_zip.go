package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
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

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Count(0, 1), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 6)))
	words := slices.Values(strings.Fields("the quick brown fox jumps"))
	for i, w := range Zip(Count(10, 10), words) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	idx := maps.Collect(Zip(words, Count(0, 1)))
	fmt.Println(idx)
	keys := slices.Sorted(maps.Keys(idx))
	fmt.Println(keys, len(keys))

	next, stop := iter.Pull(Take(Count(100, -7), 4))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	stop()
	fmt.Println()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	for i, c := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, c, ";")
	}
	fmt.Println()
	for chunk := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(chunk)
	}
	fmt.Println()
}

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

func main() {
	squares := Map(Naturals(), func(i int) int { return i * i })
	odd := Filter(squares, func(i int) bool { return i%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 8)))
	words := slices.Values(strings.Fields("alpha beta gamma delta epsilon"))
	for w, n := range Zip(words, Naturals()) {
		fmt.Printf("%d:%s ", n, w)
	}
	fmt.Println()
	lens := Map(words, func(s string) string { return fmt.Sprintf("%s(%d)", s, len(s)) })
	fmt.Println(strings.Join(slices.Collect(lens), " "))
	next, stop := iter.Pull(Take(Naturals(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	stop()
	fmt.Println()
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(Map(slices.Values([]int{5, 2, 8, 1}), func(i int) int { return -i }))
	fmt.Println(sorted, slices.Collect(Take(Naturals(), 0)) == nil)
}

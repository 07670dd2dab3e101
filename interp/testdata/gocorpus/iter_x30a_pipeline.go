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

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
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

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	primes := Take(Filter(Naturals(), isPrime), 10)
	fmt.Println("primes:", slices.Collect(primes))

	squares := Map(Take(Naturals(), 5), func(n int) int { return n * n })
	fmt.Println("sum of squares:", Reduce(squares, 0, func(a, b int) int { return a + b }))

	labels := Map(Take(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), 4),
		func(n int) string { return fmt.Sprintf("#%02d", n) })
	fmt.Println(strings.Join(slices.Collect(labels), ","))

	// iter.Pull lets us step through a sequence manually.
	next, stop := iter.Pull(Take(Filter(Naturals(), isPrime), 100))
	defer stop()
	for range 3 {
		v, ok := next()
		fmt.Println("pulled", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop", v, ok)

	// Reusing a sequence restarts it.
	evens := Filter(Take(Naturals(), 10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens), slices.Collect(evens))

	count := 0
	for range Take(Naturals(), 1000) {
		count++
	}
	fmt.Println("count", count)
}

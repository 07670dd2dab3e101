// Exercises: iter.Seq and iter.Seq2 producers and consumers, early break, generic Filter/Map over sequences
package main

import (
	"fmt"
	"iter"
	"slices"
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

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
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

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i*10, x) {
				return
			}
		}
	}
}

func main() {
	odd := Filter(Count(1, 1), func(n int) bool { return n%3 == 0 })
	fmt.Println(slices.Collect(Take(odd, 5)))
	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		if s == "c" {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	sum := 0
	for v := range Take(Count(100, -7), 4) {
		sum += v
	}
	fmt.Println(sum)
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}

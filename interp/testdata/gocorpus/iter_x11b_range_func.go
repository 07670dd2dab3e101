// Exercises: range-over-func iterators (iter.Seq, iter.Seq2), early break stopping the yield, generic Filter over iter.Seq, slices.Collect
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
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
	for v := range Count(10) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := Filter(Count(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens))
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	sum := 0
	for range Count(4) {
		sum++
	}
	fmt.Println(sum)
}

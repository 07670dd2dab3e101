// Exercises: custom iter.Seq and iter.Seq2 functions consumed by range and slices.Collect.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Countdown(5)))
	for n := range Countdown(10) {
		if n < 7 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
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
			if i++; i == n {
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

func main() {
	evens := Filter(Count(1), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 5)))
	next, stop := iter.Pull(Take(Count(10), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for k, v := range maps.All(m) {
		_ = k
		_ = v
	}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Collect(maps.Values(map[int]int{1: 5})))
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}

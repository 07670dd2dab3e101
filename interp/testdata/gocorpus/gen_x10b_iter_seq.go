// Exercises: iter.Seq and iter.Seq2 range-over-func iterators, early break stopping the iterator, slices.Sorted(maps.Keys), slices.Collect, slices helpers
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
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
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	for i, w := range Enumerate(strings.Fields("x y z")) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals, slices.Max(vals), slices.Index(keys, "fig"), slices.Contains(keys, "kiwi"))
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	slices.Reverse(words)
	fmt.Println(words, slices.Equal(words, []string{"cherry", "banana", "Apple"}))
}

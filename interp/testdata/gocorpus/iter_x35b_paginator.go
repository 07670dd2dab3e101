package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Page[T any] struct {
	Number int
	Items  []T
	Last   bool
}

// Pages splits items into pages of size n, lazily.
func Pages[T any](items []T, n int) iter.Seq[Page[T]] {
	return func(yield func(Page[T]) bool) {
		for i, p := 0, 1; i < len(items); i, p = i+n, p+1 {
			end := min(i+n, len(items))
			if !yield(Page[T]{Number: p, Items: items[i:end], Last: end == len(items)}) {
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
	users := []string{"ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim"}
	for p := range Pages(users, 4) {
		fmt.Printf("page %d %v last=%t\n", p.Number, p.Items, p.Last)
	}

	long := Filter(slices.Values(users), func(s string) bool { return strings.ContainsAny(s, "aeiou") && s[0] > 'c' })
	for i, u := range Enumerate(long) {
		if i == 4 {
			fmt.Println("stop early")
			break
		}
		fmt.Println(i, u)
	}

	next, stop := iter.Pull(Pages(users, 5))
	defer stop()
	p1, ok1 := next()
	p2, ok2 := next()
	fmt.Println(p1.Items, ok1, p2.Number, ok2)

	ages := map[string]int{"ann": 31, "bob": 25, "cat": 40}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 7})))
	for k, v := range maps.All(ages) {
		if k == "bob" {
			fmt.Println("found", k, v)
		}
	}
	upper := slices.Collect(func(yield func(string) bool) {
		for _, u := range users[:3] {
			if !yield(strings.ToUpper(u)) {
				return
			}
		}
	})
	fmt.Printf("%q %d\n", upper, len(slices.Collect(Filter(slices.Values(users), func(string) bool { return false }))))
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

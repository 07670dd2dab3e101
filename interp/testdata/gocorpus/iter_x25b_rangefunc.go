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

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(strings.ToLower(strings.Trim(w, ".,!"))) {
				return
			}
		}
	}
}

func main() {
	odds := Filter(Count(1, 1), func(x int) bool { return x%2 == 1 })
	fmt.Println(slices.Collect(Take(odds, 6)))
	for i, s := range Enumerate([]string{"zero", "one", "two", "three"}) {
		if i == 3 {
			break
		}
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
	freq := map[string]int{}
	for w := range Words("The cat. The dog! the END, cat") {
		freq[w]++
	}
	fmt.Println(freq)
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		fmt.Printf("%s=%d;", k, freq[k])
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Count(10, -3), 4))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	total := 0
	for x := range Count(0, 5) {
		if x > 50 {
			break
		}
		if x%10 == 0 {
			continue
		}
		total += x
	}
	fmt.Println("total", total)
	for k, v := range maps.All(map[int]string{1: "a"}) {
		fmt.Println(k, v)
	}
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
}

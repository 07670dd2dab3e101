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

func FilterSeq[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
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
	odds := FilterSeq(Count(1, 1), func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(Take(odds, 5)))
	for v := range Take(Count(100, -7), 4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Enumerate(strings.Fields("x y z")) {
		fmt.Printf("%d=%s ", i, s)
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Count(0, 10), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 9})))
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	fib := func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
	for f := range fib {
		if f > 50 {
			break
		}
		fmt.Print(f, ",")
	}
	fmt.Println()
	lines := strings.Lines("one\ntwo\nthree")
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
}

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

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			line, rest, _ := strings.Cut(s, "\n")
			if !yield(line) {
				return
			}
			s = rest
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := next()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func main() {
	squares := MapSeq(Count(1, 1), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 8)))
	for i, s := range Enumerate(Take(MapSeq(Count(10, -3), func(n int) string { return fmt.Sprint("n", n) }), 5)) {
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
	doc := "alpha\nbeta\n\ngamma\ndelta"
	for i, l := range Enumerate(Lines(doc)) {
		if l == "" {
			fmt.Println(i, "(blank)")
			continue
		}
		if l == "delta" {
			break
		}
		fmt.Println(i, strings.ToUpper(l))
	}
	for a, b := range Zip(Lines("x\ny\nz"), Count(100, 100)) {
		fmt.Print(a, b, ";")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Count(0, 7), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	stop()
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c) >= len(c), " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, m[k])
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	total := 0
	for v := range Take(Count(1, 2), 100) {
		if v > 20 {
			break
		}
		total += v
	}
	fmt.Println("sum of odds < 20:", total)
	idx := slices.Collect(maps.Keys(maps.Collect(Enumerate(Lines(doc)))))
	slices.Sort(idx)
	fmt.Println(idx)
}

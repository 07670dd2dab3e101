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

func Windows(s []int, n int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(s[i : i+n]) {
				return
			}
		}
	}
}

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, l := range strings.Split(s, "\n") {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 12)))
	for i, f := range Enumerate(Take(Fib(), 30)) {
		if f > 100 {
			fmt.Println("first fib > 100 at index", i, "=", f)
			break
		}
	}
	for w := range Windows([]int{1, 2, 3, 4, 5}, 3) {
		fmt.Print(w, "=", w[0]+w[1]+w[2], " ")
	}
	fmt.Println()
	for n, l := range Lines("alpha\nbeta\n\ngamma") {
		if l == "" {
			continue
		}
		fmt.Printf("%2d: %s\n", n, l)
	}
	next, stop := iter.Pull(Fib())
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println("| after stop:", v, ok)
	m := map[string]int{"x": 3, "y": 1, "z": 2}
	keys := slices.SortedFunc(maps.Keys(m), func(a, b string) int { return m[a] - m[b] })
	fmt.Println(keys)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, len(chunks))
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(strings.ToUpper(part))
	}
	fmt.Println()
	parts := slices.Collect(strings.FieldsSeq("  one two   three "))
	fmt.Printf("%q\n", parts)
}

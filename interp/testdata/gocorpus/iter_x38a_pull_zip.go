package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

// Zip pairs up two sequences until either runs out.
func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(Pair[A, B]{a, b}) {
				return
			}
		}
	}
}

// Count yields 0, 1, 2, ... forever.
func Count() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
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

func MapSeq[A, B any](seq iter.Seq[A], f func(A) B) iter.Seq[B] {
	return func(yield func(B) bool) {
		for a := range seq {
			if !yield(f(a)) {
				return
			}
		}
	}
}

func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
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
	names := []string{"ann", "bob", "cy"}
	for p := range Zip(slices.Values(names), Count()) {
		fmt.Printf("%+v ", p)
	}
	fmt.Println()

	squares := MapSeq(Take(Count(), 6), func(n int) int { return n * n })
	fmt.Println(slices.Collect(squares))

	text := "alpha beta\ngamma\n\ndelta epsilon zeta\n"
	for i, line := range Enumerate(strings.Lines(text)) {
		fmt.Printf("%d %q\n", i, line)
	}
	for w := range strings.FieldsSeq("  split   these words ") {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()

	next, stop := iter.Pull(Take(Count(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	stop()
	fmt.Println()

	ages := map[string]int{"zoe": 31, "al": 40, "kim": 25}
	keys := slices.Sorted(maps.Keys(ages))
	for kv := range Zip(slices.Values(keys), MapSeq(slices.Values(keys), func(k string) int { return ages[k] })) {
		fmt.Print(kv.First, "=", kv.Second, " ")
	}
	fmt.Println()
	byAge := slices.SortedFunc(maps.Keys(ages), func(a, b string) int { return ages[a] - ages[b] })
	fmt.Println(byAge)
	idx := maps.Collect(Enumerate(slices.Values(names)))
	fmt.Println(idx)
}

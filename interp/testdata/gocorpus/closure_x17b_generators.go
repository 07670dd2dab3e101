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

func FilterSeq[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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

func Zip[A, B any](as []A, bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(as), len(bs)) {
			if !yield(as[i], bs[i]) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 10)))
	evens := FilterSeq(Fib(), func(n int) bool { return n%2 == 0 })
	for i, v := range Enumerate(Take(evens, 5)) {
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	m := maps.Collect(Zip([]string{"a", "b", "c"}, []int{1, 2}))
	fmt.Println(m)
	next, stop := iter.Pull(Take(Fib(), 4))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	words := strings.Fields("go is fun and go is fast")
	for i, w := range slices.All(words) {
		if i > 2 {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(slices.Values(words))
	fmt.Println(slices.Compact(sorted))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	var deferred []string
	func() {
		for v := range Take(Fib(), 3) {
			defer func() { deferred = append(deferred, fmt.Sprint(v)) }()
		}
	}()
	fmt.Println(deferred)
	total := 0
	for range 4 {
		total++
	}
	fmt.Println(total)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
}

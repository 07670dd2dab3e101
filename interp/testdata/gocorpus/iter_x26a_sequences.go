package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
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

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func Collatz(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for ; n != 1; yield(n) {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	}
}

func main() {
	primes := slices.Collect(Take(FilterSeq(Naturals(), isPrime), 12))
	fmt.Println(primes)
	for i, p := range Enumerate(Take(FilterSeq(Naturals(), isPrime), 100)) {
		if i%25 == 24 {
			fmt.Print(i, ":", p, " ")
		}
	}
	fmt.Println()
	fmt.Println(slices.Collect(Collatz(6)))
	next, stop := iter.Pull(FilterSeq(Naturals(), func(n int) bool { return n%7 == 0 }))
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for k, v := range maps.All(m) {
		_ = k
		_ = v
	}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(Take(slices.Values(keys), 2)))
	words := strings.Fields("go is fun and go is fast")
	for i, w := range slices.All(words) {
		if w == "fun" {
			fmt.Println("fun at", i)
			break
		}
	}
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks)
	for line := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", line)
	}
	fmt.Println()
}

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

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			prime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					prime = false
					break
				}
			}
			if prime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Count(10, 5), 6)))
	evens := FilterSeq(Count(1, 1), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 5)))
	fmt.Println(slices.Collect(Take(Primes(), 15)))
	for i, p := range Enumerate(Take(Primes(), 100)) {
		if p > 50 {
			fmt.Println("first prime > 50 is #", i, p)
			break
		}
	}
	next, stop := iter.Pull(Primes())
	a, _ := next()
	b, _ := next()
	c, ok := next()
	stop()
	_, ok2 := next()
	fmt.Println(a, b, c, ok, ok2)
	words := strings.Fields("go is fun and go is fast")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	for i, w := range slices.Backward(words) {
		if i < 5 {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	lines := strings.Lines("a\nbb\nccc")
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x,y,z", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
}

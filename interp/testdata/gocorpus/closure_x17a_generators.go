package main

import (
	"fmt"
	"iter"
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

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
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

func Primes() iter.Seq[int] {
	return FilterSeq(Count(2, 1), func(n int) bool {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
}

func Pairwise[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(xs); i++ {
			if !yield(xs[i], xs[i+1]) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Primes(), 15)))
	for i, p := range Enumerate(Take(FilterSeq(Primes(), func(p int) bool { return p%10 == 3 }), 5)) {
		fmt.Printf("%d:%d ", i, p)
	}
	fmt.Println()
	reports := `7 6 4 2 1
1 2 7 8 9
9 7 6 2 1
1 3 2 4 5
8 6 4 4 1
1 3 6 7 9`
	safe := 0
	for _, line := range strings.Split(reports, "\n") {
		var xs []int
		for _, f := range strings.Fields(line) {
			var n int
			fmt.Sscan(f, &n)
			xs = append(xs, n)
		}
		inc, dec, ok := true, true, true
		for a, b := range Pairwise(xs) {
			d := b - a
			inc = inc && d > 0
			dec = dec && d < 0
			if d == 0 || d > 3 || d < -3 {
				ok = false
				break
			}
		}
		fmt.Println(line, ok && (inc || dec))
		if ok && (inc || dec) {
			safe++
		}
	}
	fmt.Println("safe", safe)
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
	keys := slices.Sorted(func(yield func(string) bool) {
		for _, k := range []string{"pear", "apple", "fig"} {
			if !yield(k) {
				return
			}
		}
	})
	fmt.Println(keys)
}

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

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Primes is a sieve that yields primes below n.
func Primes(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		composite := make([]bool, n)
		idx := 0
		for i := 2; i < n; i++ {
			if composite[i] {
				continue
			}
			if !yield(idx, i) {
				return
			}
			idx++
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
}

func Windows(s []int, k int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for i := 0; i+k <= len(s); i++ {
			if !yield(s[i : i+k]) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 12)))
	even := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(even, 6)))
	for i, p := range Primes(60) {
		if i >= 10 {
			break
		}
		fmt.Print(p, " ")
	}
	fmt.Println()
	count := 0
	for range Primes(10000) {
		count++
	}
	fmt.Println("primes below 10000:", count)

	sums := []int{}
	for w := range Windows([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3) {
		sums = append(sums, w[0]+w[1]+w[2])
	}
	fmt.Println("window sums:", sums)

	freq := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(keys)
	byCount := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byCount[:3])
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Fib(), 4))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	fmt.Println(slices.Collect(maps.Values(map[int]string{1: "only"})))
}

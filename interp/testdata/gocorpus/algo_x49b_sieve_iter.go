package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Primes(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		composite := make([]bool, limit+1)
		for p := 2; p <= limit; p++ {
			if composite[p] {
				continue
			}
			if !yield(p) {
				return
			}
			for m := p * p; m <= limit; m += p {
				composite[m] = true
			}
		}
	}
}

func Factor(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for p := range Primes(n) {
			if p*p > n {
				break
			}
			e := 0
			for n%p == 0 {
				n /= p
				e++
			}
			if e > 0 && !yield(p, e) {
				return
			}
		}
		if n > 1 {
			yield(n, 1)
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) []T {
	var out []T
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func totient(n int) int {
	phi := n
	for p := range Factor(n) {
		phi = phi / p * (p - 1)
	}
	return phi
}

func main() {
	fmt.Println("first 15 primes:", Take(Primes(1000), 15))
	fmt.Println("count below 100:", len(slices.Collect(Primes(100))))
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		f := maps.Collect(Factor(n))
		fmt.Printf("%7d = %v  phi=%d\n", n, f, totient(n))
	}
	next, stop := iter.Pull(Primes(50))
	defer stop()
	for i := 0; i < 4; i++ {
		p, ok := next()
		fmt.Print(p, ok, " ")
	}
	fmt.Println()
	keys := slices.Sorted(maps.Keys(maps.Collect(Factor(2 * 3 * 5 * 7 * 11 * 13))))
	fmt.Println(keys)
}

package main

import (
	"fmt"
	"sync"
)

// Problem 10: sum of primes below two million, segmented sieve across goroutines.

func simpleSieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func segmentSum(lo, hi int, base []int) (sum int, count int) {
	mark := make([]bool, hi-lo)
	for _, p := range base {
		start := max(p*p, (lo+p-1)/p*p)
		for j := start; j < hi; j += p {
			mark[j-lo] = true
		}
	}
	for i := lo; i < hi; i++ {
		if i >= 2 && !mark[i-lo] {
			sum += i
			count++
		}
	}
	return
}

func main() {
	const limit = 2_000_000
	const workers = 4
	base := simpleSieve(isqrt(limit))
	seg := (limit + workers - 1) / workers

	type part struct{ sum, count int }
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lo := w * seg
			hi := min(lo+seg, limit)
			s, c := segmentSum(lo, hi, base)
			parts[w] = part{s, c}
		}(w)
	}
	wg.Wait()

	total, count := 0, 0
	for i, p := range parts {
		fmt.Printf("segment %d: %d primes\n", i, p.count)
		total += p.sum
		count += p.count
	}
	fmt.Println("primes below 2e6:", count)
	fmt.Println("sum:", total)
	s10, _ := segmentSum(0, 10, base)
	fmt.Println("below 10:", s10)
}

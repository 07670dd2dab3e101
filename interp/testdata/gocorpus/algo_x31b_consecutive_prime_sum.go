package main

import "fmt"

// Problem 50: the prime below a limit written as the sum of the most consecutive primes.

func sieve(n int) ([]int, []bool) {
	isP := make([]bool, n)
	for i := 2; i < n; i++ {
		isP[i] = true
	}
	var ps []int
	for i := 2; i < n; i++ {
		if isP[i] {
			ps = append(ps, i)
			for j := i * i; j < n; j += i {
				isP[j] = false
			}
		}
	}
	return ps, isP
}

type answer struct {
	Prime, Terms, First int
}

func longestRun(limit int) answer {
	ps, isP := sieve(limit)
	prefix := make([]int, len(ps)+1)
	for i, p := range ps {
		prefix[i+1] = prefix[i] + p
	}
	best := answer{}
	for i := range ps {
		for j := i + best.Terms + 1; j <= len(ps); j++ {
			s := prefix[j] - prefix[i]
			if s >= limit {
				break
			}
			if isP[s] {
				best = answer{s, j - i, ps[i]}
			}
		}
	}
	return best
}

func main() {
	for _, lim := range []int{100, 1000, 10000, 1_000_000} {
		a := longestRun(lim)
		fmt.Printf("below %-8d %+v\n", lim, a)
	}
}

package main

import "fmt"

// Problem 27: quadratic n^2 + an + b producing the most consecutive primes.

type primeCache struct {
	sieve []bool
}

func newPrimeCache(n int) *primeCache {
	s := make([]bool, n+1)
	for i := 2; i <= n; i++ {
		s[i] = true
	}
	for i := 2; i*i <= n; i++ {
		if s[i] {
			for j := i * i; j <= n; j += i {
				s[j] = false
			}
		}
	}
	return &primeCache{s}
}

func (pc *primeCache) IsPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n < len(pc.sieve) {
		return pc.sieve[n]
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

type quad struct{ a, b int }

func (q quad) at(n int) int { return n*n + q.a*n + q.b }

func (q quad) run(isPrime func(int) bool) int {
	n := 0
	for isPrime(q.at(n)) {
		n++
	}
	return n
}

func main() {
	pc := newPrimeCache(100_000)
	fmt.Println("euler:", quad{1, 41}.run(pc.IsPrime))
	fmt.Println("big one:", quad{-79, 1601}.run(pc.IsPrime))

	best, bestN := quad{}, 0
	for b := 2; b <= 1000; b++ {
		if !pc.IsPrime(b) {
			continue
		}
		for a := -999; a < 1000; a++ {
			q := quad{a, b}
			if n := q.run(pc.IsPrime); n > bestN {
				best, bestN = q, n
			}
		}
	}
	fmt.Printf("best %+v length=%d product=%d\n", best, bestN, best.a*best.b)
}

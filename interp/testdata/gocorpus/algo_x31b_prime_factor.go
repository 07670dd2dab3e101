package main

import (
	"fmt"
	"sort"
	"strings"
)

// Problems 3 and 7: largest prime factor and the 10001st prime.

type Factorization map[uint64]int

func factorize(n uint64) Factorization {
	f := Factorization{}
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func (f Factorization) String() string {
	keys := make([]uint64, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for i, k := range keys {
		if i > 0 {
			sb.WriteString(" * ")
		}
		if f[k] == 1 {
			fmt.Fprintf(&sb, "%d", k)
		} else {
			fmt.Fprintf(&sb, "%d^%d", k, f[k])
		}
	}
	return sb.String()
}

func (f Factorization) Largest() uint64 {
	var m uint64
	for k := range f {
		m = max(m, k)
	}
	return m
}

func nthPrime(n int) int {
	primes := []int{2}
	for c := 3; len(primes) < n; c += 2 {
		isPrime := true
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, c)
		}
	}
	return primes[n-1]
}

func main() {
	for _, n := range []uint64{13195, 600851475143, 1 << 20, 999999999989, 360} {
		f := factorize(n)
		fmt.Printf("%d = %v (largest %d)\n", n, f, f.Largest())
	}
	fmt.Println("6th prime:", nthPrime(6))
	fmt.Println("10001st prime:", nthPrime(10001))
}

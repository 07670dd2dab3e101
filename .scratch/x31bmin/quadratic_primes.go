// Reduction of algo_x31b_quadratic_primes.go: TIMEOUT (notebook style in the full run; the program style
// took 9.4 s there; batch 2: both passed at 5.8-7.9 s). Borderline, load dependent.
// go run prints "80" in ~0.12 s. In the reduction run the session was interrupted at 10 s in program style,
// notebook style finished in 6.8 s. The hot call is the method value pc.IsPrime passed as func(int) bool;
// a version calling a plain func isPrime over b <= 1000 took only 1.4-2.7 s.
package main

import "fmt"

type primeCache struct{ sieve []bool }

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

func run(a, b int, isPrime func(int) bool) int {
	n := 0
	for isPrime(n*n + a*n + b) {
		n++
	}
	return n
}

func main() {
	pc := &primeCache{make([]bool, 100_000)}
	for i := 2; i < len(pc.sieve); i++ {
		pc.sieve[i] = true
	}
	for i := 2; i*i < len(pc.sieve); i++ {
		if pc.sieve[i] {
			for j := i * i; j < len(pc.sieve); j += i {
				pc.sieve[j] = false
			}
		}
	}
	bestN := 0
	for b := 2; b <= 2000; b++ {
		if !pc.IsPrime(b) {
			continue
		}
		for a := -999; a < 1000; a++ {
			bestN = max(bestN, run(a, b, pc.IsPrime))
		}
	}
	fmt.Println(bestN)
}

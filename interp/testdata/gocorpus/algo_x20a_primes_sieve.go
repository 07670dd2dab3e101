package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
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

func factorize(n int) map[int]int {
	f := make(map[int]int)
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			f[d]++
			n /= d
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), "primes below 100:", ps)
	mismatch := 0
	for i := 0; i <= 100; i++ {
		inSieve := false
		for _, p := range ps {
			if p == i {
				inSieve = true
				break
			}
		}
		if inSieve != isPrime(i) {
			mismatch++
		}
	}
	fmt.Println("mismatches:", mismatch)
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		fmt.Printf("%d = %v\n", n, factorize(n))
	}
	// twin primes
	var twins [][2]int
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, [2]int{ps[i-1], ps[i]})
		}
	}
	fmt.Println("twins:", twins)
	// goldbach
	for n := 4; n <= 30; n += 2 {
		for _, p := range ps {
			if isPrime(n - p) {
				fmt.Printf("%d=%d+%d ", n, p, n-p)
				break
			}
		}
	}
	fmt.Println()
}

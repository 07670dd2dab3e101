package main

import (
	"fmt"
	"strings"
)

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
	f := map[int]int{}
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
	fmt.Println(len(ps), "primes below 100")
	for i, p := range ps {
		fmt.Printf("%4d", p)
		if (i+1)%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	var twins []string
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, fmt.Sprintf("(%d,%d)", ps[i-1], ps[i]))
		}
	}
	fmt.Println("twins:", strings.Join(twins, " "))
	for _, n := range []int{1, 2, 97, 360, 1001, 65536} {
		fmt.Printf("%6d prime=%-5v factors=%v\n", n, isPrime(n), factorize(n))
	}
}

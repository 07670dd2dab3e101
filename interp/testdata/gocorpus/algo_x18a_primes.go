package main

import (
	"fmt"
	"math"
	"math/big"
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

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
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

func isPerfect(n int) bool {
	sum := 1
	for d := 2; d <= int(math.Sqrt(float64(n))); d++ {
		if n%d == 0 {
			sum += d
			if d != n/d {
				sum += n / d
			}
		}
	}
	return n > 1 && sum == n
}

func digitsSum(n *big.Int) int {
	s := 0
	for _, c := range n.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	for _, n := range []int{360, 97, 1001, 2 * 2 * 2 * 3 * 17} {
		fmt.Println(n, factorize(n))
	}
	var perfect []int
	for i := 1; i < 10000; i++ {
		if isPerfect(i) {
			perfect = append(perfect, i)
		}
	}
	fmt.Println("perfect:", perfect)
	fact := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Println("30! =", fact, "digit sum", digitsSum(fact))
	two := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(two, two.BitLen(), big.NewInt(97).ProbablyPrime(10))
	var twins []string
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, fmt.Sprintf("(%d,%d)", ps[i-1], ps[i]))
		}
	}
	fmt.Println(strings.Join(twins, " "))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(4))
}

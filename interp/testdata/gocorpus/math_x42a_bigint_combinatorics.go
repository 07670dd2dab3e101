package main

import (
	"fmt"
	"math/big"
	"strings"
)

const input = "30 15\n52 5\n100 50\n10 0"

func binom(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func catalan(n int64) *big.Int {
	c := binom(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if comp[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			comp[j] = true
		}
	}
	return primes
}

func main() {
	for _, line := range strings.Split(input, "\n") {
		var n, k int64
		fmt.Sscan(line, &n, &k)
		fmt.Printf("C(%d,%d) = %v\n", n, k, binom(n, k))
	}
	f := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("30! =", f.String(), "digits:", len(f.String()))
	for i := int64(0); i <= 10; i++ {
		fmt.Print(catalan(i), " ")
	}
	fmt.Println()
	p := sieve(100)
	fmt.Println(len(p), "primes, last:", p[len(p)-1])
	m := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	m.Sub(m, big.NewInt(1))
	fmt.Println("2^127-1 prime?", m.ProbablyPrime(20), m)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Printf("%v %s %T\n", r, r.FloatString(5), r)
}

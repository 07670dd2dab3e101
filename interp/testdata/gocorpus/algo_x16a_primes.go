package main

import (
	"fmt"
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

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	ps := sieve(60)
	fmt.Println(ps, len(ps))
	for _, n := range []int{360, 97, 1001, 1 << 10} {
		fmt.Println(n, factorize(n))
	}
	fmt.Println(gcd(84, 36), gcd(17, 5), 84*36/gcd(84, 36))
	best, bestN := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println(bestN, best)
	f := new(big.Int).MulRange(1, 30)
	fmt.Println(f, len(f.String()))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(10))
	var sb strings.Builder
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			sb.WriteString("FizzBuzz")
		case i%3 == 0:
			sb.WriteString("Fizz")
		case i%5 == 0:
			sb.WriteString("Buzz")
		default:
			fmt.Fprint(&sb, i)
		}
		sb.WriteByte(' ')
	}
	fmt.Println(strings.TrimSpace(sb.String()))
}

package main

import (
	"fmt"
	"strconv"
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

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return strconv.Itoa(n)
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

func main() {
	ps := sieve(60)
	fmt.Println(len(ps), ps)

	var out []string
	for i := 1; i <= 20; i++ {
		out = append(out, fizzbuzz(i))
	}
	fmt.Println(strings.Join(out, " "))

	for _, n := range []int{12, 97, 360, 1001} {
		fmt.Printf("%d = %v\n", n, factorize(n))
	}
	fmt.Println(gcd(48, 18), gcd(17, 5), 48*18/gcd(48, 18))

	// list comprehension: [x*x for x in range(10) if x % 3 == 0]
	sq := []int{}
	for x := range 10 {
		if x%3 == 0 {
			sq = append(sq, x*x)
		}
	}
	fmt.Println(sq)

	// pythagorean triples
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					fmt.Printf("(%d,%d,%d) ", a, b, c)
				}
			}
		}
	}
	fmt.Println()
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.Quote("tab\there"))
}

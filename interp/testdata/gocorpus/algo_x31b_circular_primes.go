package main

import (
	"fmt"
	"strconv"
)

// Problems 35 and 37: circular primes and truncatable primes.

type PrimeTester interface {
	IsPrime(n int) bool
}

type sieve []bool

func newSieve(n int) sieve {
	comp := make(sieve, n+1)
	comp[0], comp[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !comp[i] {
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return comp
}

func (s sieve) IsPrime(n int) bool { return n >= 0 && n < len(s) && !s[n] }

func rotations(n int) []int {
	s := strconv.Itoa(n)
	out := make([]int, 0, len(s))
	for i := range s {
		v, _ := strconv.Atoi(s[i:] + s[:i])
		out = append(out, v)
	}
	return out
}

func circular(pt PrimeTester, n int) bool {
	for _, r := range rotations(n) {
		if !pt.IsPrime(r) {
			return false
		}
	}
	return true
}

func truncatable(pt PrimeTester, n int) bool {
	if n < 10 {
		return false
	}
	s := strconv.Itoa(n)
	for i := 0; i < len(s); i++ {
		l, _ := strconv.Atoi(s[i:])
		r, _ := strconv.Atoi(s[:len(s)-i])
		if !pt.IsPrime(l) || !pt.IsPrime(r) {
			return false
		}
	}
	return true
}

func main() {
	var pt PrimeTester = newSieve(1_000_000)
	var below100 []int
	count := 0
	for n := 2; n < 1_000_000; n++ {
		if circular(pt, n) {
			count++
			if n < 100 {
				below100 = append(below100, n)
			}
		}
	}
	fmt.Println("circular below 100:", below100)
	fmt.Println("circular below 1e6:", count)

	var trunc []int
	for n := 11; len(trunc) < 11 && n < 1_000_000; n += 2 {
		if truncatable(pt, n) {
			trunc = append(trunc, n)
		}
	}
	sum := 0
	for _, t := range trunc {
		sum += t
	}
	fmt.Println("truncatable:", trunc, "sum:", sum)
	fmt.Printf("%T %v\n", pt, rotations(197))
}

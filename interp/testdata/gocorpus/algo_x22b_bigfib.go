package main

import (
	"fmt"
	"math/big"
	"strings"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	return r.MulRange(1, n)
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func modpow(base, exp, mod int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(base), big.NewInt(exp), big.NewInt(mod))
}

func main() {
	for _, n := range []int{10, 50, 100, 300} {
		f := fib(n)
		fmt.Printf("fib(%d) = %s (%d digits)\n", n, f, len(f.String()))
	}
	f100 := factorial(100)
	fmt.Println("digit sum 100! =", digitSum(f100))
	s := f100.String()
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("2^1000 digit sum:", digitSum(new(big.Int).Lsh(big.NewInt(1), 1000)))
	fmt.Println("3^200 mod 1e9+7 =", modpow(3, 200, 1_000_000_007))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	r.Mul(r, big.NewRat(7, 5))
	fmt.Println("rat:", r, r.FloatString(5))
	p := big.NewInt(2305843009213693951)
	fmt.Println("prime?", p.ProbablyPrime(20))
	q, m := new(big.Int).DivMod(f100, fib(100), new(big.Int))
	fmt.Println(len(q.String()), m.Sign() >= 0, m.Cmp(fib(100)) < 0)
	var x big.Int
	x.SetString("123456789012345678901234567890", 10)
	fmt.Printf("%x %v\n", &x, x.BitLen())
}

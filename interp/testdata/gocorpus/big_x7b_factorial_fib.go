// Exercises: math/big factorials with MulRange and Fibonacci by fast doubling (Lsh, Sub, chained Mul), Binomial, Exp with modulus, ProbablyPrime, SetString with a base, Text, Cmp.
package main

import (
	"fmt"
	"math/big"
	"math/bits"
)

// fib computes F(n) by fast doubling: F(2k) = F(k)(2F(k+1) - F(k)),
// F(2k+1) = F(k)^2 + F(k+1)^2.
func fib(n uint) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := bits.Len(n); i > 0; i-- {
		t := new(big.Int).Lsh(b, 1)
		t.Sub(t, a).Mul(t, a)
		u := new(big.Int).Mul(a, a)
		u.Add(u, new(big.Int).Mul(b, b))
		a, b = t, u
		if n>>(i-1)&1 == 1 {
			a, b = b, new(big.Int).Add(a, b)
		}
	}
	return a
}

func main() {
	f30 := new(big.Int).MulRange(1, 30)
	fmt.Println("30! =", f30, f30.Cmp(new(big.Int).Div(new(big.Int).MulRange(1, 31), big.NewInt(31))) == 0)
	fmt.Println("digits of 100!:", len(new(big.Int).MulRange(1, 100).String()))
	fmt.Println("fib(100) =", fib(100))
	fmt.Println("C(50,25) =", new(big.Int).Binomial(50, 25))
	m := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(1_000_000_007))
	fmt.Println("2^100 mod p =", m)
	p, ok := new(big.Int).SetString("ffffffffffffffc5", 16)
	fmt.Println(p, ok, p.ProbablyPrime(20), p.Text(36))
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println("bad parse ok:", ok)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	q, rem := new(big.Int).QuoRem(fib(90), big.NewInt(97), new(big.Int))
	fmt.Println(q, rem, fib(90).Sign(), fib(90).BitLen())
}

package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func binomial(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func piDigits(n int) string {
	// Machin: pi = 16 atan(1/5) - 4 atan(1/239), fixed point with guard digits
	unity := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n+10)), nil)
	atanInv := func(x int64) *big.Int {
		sum := new(big.Int).Div(unity, big.NewInt(x))
		term := new(big.Int).Set(sum)
		x2 := big.NewInt(x * x)
		for k := int64(1); term.Sign() != 0; k++ {
			term.Div(term, x2)
			t := new(big.Int).Div(term, big.NewInt(2*k+1))
			if k%2 == 1 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	pi := new(big.Int).Mul(big.NewInt(16), atanInv(5))
	pi.Sub(pi, new(big.Int).Mul(big.NewInt(4), atanInv(239)))
	s := pi.String()
	return s[:1] + "." + s[1:n]
}

func main() {
	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("fib(200) =", fib(200))
	fmt.Println("C(60,30) =", binomial(60, 30))
	r := new(big.Rat).SetFrac(factorial(20), factorial(18))
	fmt.Println("20!/18! =", r, r.IsInt())
	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", h, "≈", h.FloatString(6))
	fmt.Println("pi ≈", piDigits(50))
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m, x.Cmp(f100), x.BitLen())
	fmt.Printf("%x %v\n", big.NewInt(255), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(1_000_000_007)))
}

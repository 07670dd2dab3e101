// Exercises: big.Int factorials, Fibonacci, digit sums, binomials, Exp mod, string formatting of big values
package main

import (
	"fmt"
	"math/big"
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

func main() {
	f := factorial(50)
	fmt.Println(f)
	s := f.String()
	sum := 0
	for _, c := range s {
		sum += int(c - '0')
	}
	fmt.Println(len(s), sum, f.BitLen())
	fmt.Println(fib(100), fib(300).String()[:20])
	var b big.Int
	fmt.Println(b.Binomial(60, 30))
	x := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Printf("%v %x %s\n", x, x, new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007)))
	q, r := new(big.Int).QuoRem(factorial(30), fib(50), new(big.Int))
	fmt.Println(q, r, fib(50).ProbablyPrime(20), big.NewInt(2971215073).ProbablyPrime(20))
}

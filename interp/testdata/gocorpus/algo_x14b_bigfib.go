package main

import (
	"fmt"
	"math/big"
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
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func sqrt2(prec uint) *big.Float {
	x := new(big.Float).SetPrec(prec).SetInt64(1)
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	for range 10 {
		t := new(big.Float).SetPrec(prec).Quo(two, x)
		x.Add(x, t)
		x.Quo(x, two)
	}
	return x
}

func main() {
	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	f := factorial(30)
	fmt.Println("30! =", f, "digits:", len(f.String()), "bits:", f.BitLen())
	q, m := new(big.Int).DivMod(f, big.NewInt(1_000_003), new(big.Int))
	fmt.Println(q, m)
	r := big.NewRat(1, 1)
	for i := int64(2); i <= 10; i++ {
		r.Add(r, big.NewRat(1, i))
	}
	fmt.Println("H10 =", r, r.FloatString(8))
	fmt.Println(sqrt2(200).Text('f', 50))
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20))
	g := new(big.Int).GCD(nil, nil, fib(60), fib(45))
	fmt.Println("gcd", g, fib(15))
	n, ok := new(big.Int).SetString("deadbeefcafebabe", 16)
	fmt.Println(n, ok, n.Text(36), fmt.Sprintf("%x", n))
}

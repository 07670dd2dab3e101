// Exercises: math/big factorial and Fibonacci, digit sums over the decimal string, big.Int comparison and Exp with a modulus.
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

func digitSum(x *big.Int) (s int) {
	for _, ch := range x.String() {
		s += int(ch - '0')
	}
	return
}

func main() {
	f := factorial(50)
	fmt.Println(f)
	fmt.Println(digitSum(factorial(100)), len(factorial(100).String()))
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 200; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(new(big.Int).Set(a)))
	m := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), big.NewInt(1_000_000_007))
	fmt.Printf("%v %s %x\n", m, m.Text(36), big.NewInt(255))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(4))
}

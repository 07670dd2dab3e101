package main

import (
	"fmt"
	"math/big"
)

// Problem 5: smallest number evenly divisible by 1..n, exact with math/big for large n.

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcmRange(n int64) int64 {
	l := int64(1)
	for i := int64(2); i <= n; i++ {
		l = l / gcd(l, i) * i
	}
	return l
}

func bigLcmRange(n int64) *big.Int {
	l := big.NewInt(1)
	g := new(big.Int)
	for i := int64(2); i <= n; i++ {
		bi := big.NewInt(i)
		g.GCD(nil, nil, l, bi)
		l.Div(l, g)
		l.Mul(l, bi)
	}
	return l
}

func main() {
	for _, n := range []int64{10, 20, 30, 40} {
		fmt.Printf("lcm(1..%d) = %d\n", n, lcmRange(n))
	}
	for _, n := range []int64{50, 100} {
		v := bigLcmRange(n)
		fmt.Printf("lcm(1..%d) = %s (%d bits)\n", n, v.String(), v.BitLen())
	}
	check := bigLcmRange(40)
	fmt.Println("matches int64:", check.Int64() == lcmRange(40), check.IsInt64())

	// verify divisibility
	ok := true
	v := bigLcmRange(100)
	r := new(big.Int)
	for i := int64(1); i <= 100; i++ {
		if r.Mod(v, big.NewInt(i)).Sign() != 0 {
			ok = false
		}
	}
	fmt.Println("all divide:", ok)
}

// Exercises: math/big factorial and Fibonacci, digit sums over String(), big.Int comparisons and Exp with modulus
package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := big.NewInt(1)
	for i := int64(2); i <= 100; i++ {
		f.Mul(f, big.NewInt(i))
	}
	s := f.String()
	sum := 0
	for _, ch := range s {
		sum += int(ch - '0')
	}
	fmt.Println(len(s), sum)

	a, b := big.NewInt(0), big.NewInt(1)
	idx := 1
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(99), nil)
	for b.Cmp(limit) < 0 {
		a.Add(a, b)
		a, b = b, a
		idx++
	}
	fmt.Println("first fib with 100 digits: F", idx)
	m := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), big.NewInt(1_000_000_007))
	fmt.Println(m)
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Printf("%v %s\n", big.NewInt(-42), new(big.Int).Lsh(big.NewInt(1), 70))
}

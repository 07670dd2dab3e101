package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func catalan(n int64) *big.Int {
	c := new(big.Int).Binomial(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func ackermann(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func trailingZeros(x *big.Int) int {
	s := x.String()
	return len(s) - len(strings.TrimRight(s, "0"))
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 25} {
		fmt.Printf("%2d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	fmt.Println("100! digits:", len(f100.String()), "digit sum:", digitSum(f100), "zeros:", trailingZeros(f100))

	var cats []string
	for i := int64(0); i < 15; i++ {
		cats = append(cats, catalan(i).String())
	}
	fmt.Println("catalan:", strings.Join(cats, ", "))

	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 4; n++ {
			fmt.Printf("%5d", ackermann(m, n))
		}
		fmt.Println()
	}

	// 2^(2^n) + 1, Fermat numbers
	for i := 0; i < 7; i++ {
		f := new(big.Int).Lsh(big.NewInt(1), 1<<i)
		f.Add(f, big.NewInt(1))
		fmt.Printf("F%d = %v prime=%t\n", i, f, f.ProbablyPrime(20))
	}
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil)
	fmt.Println(new(big.Int).Mul(x, y))
	fmt.Println(new(big.Int).Mod(y, x), x.Cmp(y), y.Text(16))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
	fmt.Printf("%v %s %d\n", big.NewInt(-42), big.NewInt(7), big.NewInt(255))
}

package main

import (
	"fmt"
	"math"
	"math/big"
)

func sqrt2(prec uint) *big.Float {
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	x := new(big.Float).SetPrec(prec).SetFloat64(1.5)
	half := new(big.Float).SetPrec(prec).SetFloat64(0.5)
	for i := 0; i < 12; i++ {
		t := new(big.Float).SetPrec(prec).Quo(two, x)
		x.Add(x, t)
		x.Mul(x, half)
	}
	return x
}

func binom(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func catalan(n int64) *big.Int {
	c := binom(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func eApprox(terms int) *big.Rat {
	sum := new(big.Rat)
	fact := big.NewInt(1)
	for i := 0; i < terms; i++ {
		if i > 0 {
			fact.Mul(fact, big.NewInt(int64(i)))
		}
		sum.Add(sum, new(big.Rat).SetFrac(big.NewInt(1), fact))
	}
	return sum
}

func main() {
	s := sqrt2(200)
	fmt.Println(s.Text('f', 50))
	sq := new(big.Float).Mul(s, s)
	fmt.Println(sq.Text('g', 30))
	f64, acc := s.Float64()
	fmt.Println(f64, acc, f64 == math.Sqrt2)
	fmt.Println(binom(50, 25), binom(100, 3))
	for n := int64(0); n <= 10; n++ {
		fmt.Print(catalan(n), " ")
	}
	fmt.Println()
	e := eApprox(25)
	fmt.Println(e.FloatString(30))
	num, den := e.Num(), e.Denom()
	fmt.Println(len(num.String()), len(den.String()))
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println("gcd:", g)
	x, y := new(big.Int), new(big.Int)
	new(big.Int).GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println("bezout:", x, y)
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println("inv:", inv)
	n := new(big.Int)
	n.SetString("ffffffffffffffffffff", 16)
	fmt.Println(n, n.Text(36), n.Bit(3), n.TrailingZeroBits())
	a := big.NewFloat(1e100)
	b := big.NewFloat(1)
	fmt.Println(new(big.Float).Add(a, b).Cmp(a), new(big.Float).SetPrec(500).Add(a, b).Cmp(a))
	fmt.Printf("%.10f %s\n", big.NewFloat(math.Pi), big.NewRat(-22, 7).String())
}

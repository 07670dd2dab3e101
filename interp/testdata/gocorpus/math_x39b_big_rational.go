package main

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
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

func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for i := 1; i <= n; i++ {
		sum.Add(sum, big.NewRat(1, int64(i)))
	}
	return sum
}

func sqrt2(prec uint) *big.Float {
	x := new(big.Float).SetPrec(prec).SetInt64(1)
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	for i := 0; i < 10; i++ {
		t := new(big.Float).SetPrec(prec).Quo(two, x)
		x.Add(x, t)
		x.Quo(x, two)
	}
	return x
}

func digitSum(n *big.Int) int {
	s := 0
	for _, c := range n.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f50 := factorial(50)
	fmt.Println(f50)
	fmt.Println("digits:", len(f50.String()), "digit sum:", digitSum(f50), "bits:", f50.BitLen())
	fmt.Println(fib(100), fib(1), fib(0))
	h := harmonic(10)
	fl, exact := h.Float64()
	fmt.Println(h, h.FloatString(6), fl, exact)
	fmt.Println(sqrt2(200).Text('f', 50))

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	y, _ := new(big.Int).SetString("ff", 16)
	q, r := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(ok, y, q, r, x.Cmp(f50), x.Sign())
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	m := new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007))
	fmt.Println(e, m, new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Printf("%x %08d %s\n", y, big.NewInt(42), e.Text(36))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))

	rat := big.NewRat(3, 4)
	rat.Mul(rat, big.NewRat(-2, 9))
	fmt.Println(rat, rat.Num(), rat.Denom(), rat.RatString())

	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.Inf(-1), -math.MaxFloat64 < 0)
	fmt.Println(math.Round(2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Mod(7, -3), math.Hypot(3, 4))
	fmt.Println(strconv.FormatFloat(1.0/3, 'e', 4, 64), strconv.FormatInt(-255, 2), strconv.Itoa(1<<20))
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, 7/-2, -7%3, 1<<62>>60, ^0, 0x1p-2)
}

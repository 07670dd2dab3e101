package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
)

func factorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
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
	f := factorial(30)
	fmt.Println("30! =", f)
	fmt.Println("digits:", len(f.String()), "bits:", f.BitLen())

	fmt.Println("fib(100) =", fib(100))

	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := big.NewInt(987654321)
	q, m := new(big.Int).DivMod(x, y, new(big.Int))
	fmt.Println("div:", q, "mod:", m)
	fmt.Println("cmp:", x.Cmp(y), y.Cmp(x), x.Sign())
	fmt.Println("2^100 =", new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println("gcd:", new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println("prime?", big.NewInt(1_000_000_007).ProbablyPrime(20))
	fmt.Printf("hex: %x\n", f)

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println("1/3 + 1/6 =", r, r.FloatString(5))
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", sum)

	bf := new(big.Float).SetPrec(200).SetInt64(2)
	bf.Sqrt(bf)
	fmt.Println("sqrt(2) =", bf.Text('f', 50))

	// float64 limits
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.NaN()))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Mod(7, 3), math.Log2(1024))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/6), math.Atan2(1, 1)*4)

	var u uint8 = 255
	u++
	var i8 int8 = 127
	i8++
	fmt.Println("overflow wraps:", u, i8)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	fmt.Println(hi, lo)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}

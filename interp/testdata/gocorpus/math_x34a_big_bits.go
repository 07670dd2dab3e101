package main

import (
	"fmt"
	"math/big"
	"math/bits"
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
	f := factorial(30)
	fmt.Println("30! =", f, "digits:", len(f.String()), "bits:", f.BitLen())
	fmt.Println("fib(100) =", fib(100))

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y, _ := new(big.Int).SetString("ff", 16)
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	fmt.Println(q, m, x.Cmp(y), y.Sign())
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(1000000007).ProbablyPrime(20), big.NewInt(1000000008).ProbablyPrime(20))
	fmt.Printf("%x %b %08d\n", y, big.NewInt(10), big.NewInt(42))

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.IsInt())
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println("H10 =", sum, sum.FloatString(10))

	fl := new(big.Float).SetPrec(200).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 50))
	g, acc := fl.Float64()
	fmt.Println(g, acc)

	fmt.Println("--- bits ---")
	for _, v := range []uint{0, 1, 12, 255, 1 << 20} {
		fmt.Printf("%8d ones=%d lz=%d tz=%d len=%d\n", v, bits.OnesCount(v), bits.LeadingZeros32(uint32(v)), bits.TrailingZeros(v), bits.Len(v))
	}
	fmt.Printf("%08b -> %08b\n", uint8(0b10110000), bits.Reverse8(0b10110000))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x11223344))
	fmt.Printf("%#x\n", bits.RotateLeft16(0x00ff, 4))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sumv, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sumv, carry)
	quo, rem := bits.Div64(1, 5, 7)
	fmt.Println(quo, rem, bits.UintSize)
}

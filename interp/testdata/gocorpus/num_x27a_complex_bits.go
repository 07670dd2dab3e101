package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
)

func mandelRow(y float64, w int) string {
	row := make([]byte, w)
	for i := range w {
		c := complex(-2+2.5*float64(i)/float64(w), y)
		z := complex(0, 0)
		n := 0
		for ; n < 50 && cmplx.Abs(z) <= 2; n++ {
			z = z*z + c
		}
		row[i] = " .:-=+*#%@"[min(n/5, 9)]
	}
	return string(row)
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a*b, a/b, real(a), imag(b), cmplx.Abs(a))
	fmt.Printf("%.3f %T\n", cmplx.Sqrt(-1), b)
	fmt.Printf("%.4f\n", cmplx.Exp(complex(0, math.Pi)))
	for y := -1.0; y <= 1.0; y += 0.25 {
		fmt.Println(mandelRow(y, 40))
	}

	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1), bits.Reverse8(1), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)

	f := factorial(30)
	fmt.Println(f, f.BitLen(), len(f.String()))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	p := new(big.Int)
	p.Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(10))
	q, m := new(big.Int).DivMod(f, p, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(0x1p-2, 1_000_000, 0o17, 'x', math.Float64bits(1.0))
	fmt.Println(math.Round(-2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Mod(7, -3), math.Hypot(5, 12))
}

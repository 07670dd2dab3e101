// Exercises: math/bits (OnesCount, LeadingZeros, RotateLeft, Mul64, Reverse), math/big Int factorial, Rat, Float, Exp mod
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

func main() {
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len(255))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b1000_0001, 1), bits.Reverse8(0b0000_0110))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	f30 := factorial(30)
	fmt.Println(f30, f30.BitLen(), len(f30.String()))
	m := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(1_000_000_007))
	fmt.Println(m)
	q, r := new(big.Int).QuoRem(f30, big.NewInt(1_000_003), new(big.Int))
	fmt.Println(q.Cmp(f30), r)
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	fl := new(big.Float).SetPrec(100).SetInt64(1)
	fl.Quo(fl, big.NewFloat(3))
	fmt.Println(fl.Text('g', 25))
	n, ok := new(big.Int).SetString("ffffffffffffffffffff", 16)
	fmt.Println(n, ok, n.Sign())
}

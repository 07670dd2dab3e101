package main

import (
	"fmt"
	"math/big"
	"math/bits"
)

// Problem 48: last ten digits of 1^1 + 2^2 + ... + 1000^1000.

const mod = 10_000_000_000

func mulmod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, rem := bits.Div64(hi, lo, m)
	return rem
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return r
}

func main() {
	var sum uint64
	for i := uint64(1); i <= 1000; i++ {
		sum = (sum + powmod(i, i, mod)) % mod
	}
	fmt.Printf("fast:  %010d\n", sum)

	total := new(big.Int)
	m := big.NewInt(mod)
	for i := int64(1); i <= 1000; i++ {
		b := big.NewInt(i)
		total.Add(total, new(big.Int).Exp(b, b, m))
	}
	total.Mod(total, m)
	fmt.Println("big:  ", total)

	small := new(big.Int)
	for i := int64(1); i <= 10; i++ {
		b := big.NewInt(i)
		small.Add(small, new(big.Int).Exp(b, b, nil))
	}
	fmt.Println("1..10 exact:", small)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo, bits.Len64(mod), bits.OnesCount64(mod))
}

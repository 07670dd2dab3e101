package main

import (
	"fmt"
	"math/big"
	"math/bits"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (uint(i) % 64)
}

func (b BitSet) Has(i int) bool {
	return i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0
}

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(60)
	fmt.Println(ps, len(ps))
	var bs BitSet
	for _, p := range ps {
		bs.Set(p)
	}
	bs.Set(130)
	fmt.Println(bs.Count(), bs.Has(59), bs.Has(60), len(bs))
	fmt.Println(bs)
	fmt.Println(factor(360), factor(97), factor(1001))
	fmt.Printf("%08b %d %d %d\n", 37, bits.Len(37), bits.TrailingZeros(40), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	fact := big.NewInt(1)
	for i := int64(1); i <= 30; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Println(fact, fact.BitLen())
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(big.NewInt(97).ProbablyPrime(10), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	x := uint32(0xF0F0)
	fmt.Printf("%#x %#x %#o %v\n", x&^0xFF, x^0xFFFF, 8, x>>4<<4 == x)
}

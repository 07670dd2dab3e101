package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Toggle(i int)   { b[i/64] ^= 1 << (uint(i) % 64) }
func (b Bitset) Len() int       { return len(b) * 64 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func (b Bitset) And(o Bitset) Bitset {
	r := make(Bitset, len(b))
	for i := range b {
		r[i] = b[i] & o[i]
	}
	return r
}

func (b Bitset) String() string {
	parts := make([]string, 0)
	for _, m := range b.Members() {
		parts = append(parts, fmt.Sprint(m))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func sieve(n int) Bitset {
	composite := NewBitset(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	primes := NewBitset(n + 1)
	for i := 0; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func main() {
	p := sieve(150)
	fmt.Println("primes:", p.Count(), p)
	odd := NewBitset(151)
	for i := 1; i <= 150; i += 2 {
		odd.Set(i)
	}
	fib := NewBitset(151)
	for a, b := 0, 1; a <= 150; a, b = b, a+b {
		fib.Set(a)
	}
	fmt.Println("prime fibs:", p.And(fib), "odd primes:", p.And(odd).Count())
	fib.Toggle(0)
	fib.Clear(1)
	fmt.Println(fib, fib.Len(), len(fib))
	for _, x := range []uint32{0, 1, 5, 64, 65, 1000} {
		fmt.Printf("nextPow2(%d)=%d log2=%d\n", x, nextPow2(x), bits.Len32(x)-1)
	}
	var gray []string
	for i := uint8(0); i < 8; i++ {
		g := i ^ (i >> 1)
		gray = append(gray, fmt.Sprintf("%03b", g))
	}
	fmt.Println("gray:", strings.Join(gray, " "))
	x := uint16(0b1011_0000_0000_0001)
	fmt.Printf("%016b ones=%d rev=%016b rot=%016b\n", x, bits.OnesCount16(x), bits.Reverse16(x), bits.RotateLeft16(x, -3))
	fmt.Printf("%#o %#b %x %X %#08x\n", 64, 5, -255, uint64(1)<<63, 255)
}

package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b BitSet) All() func(func(int) bool) {
	return func(yield func(int) bool) {
		for wi, w := range b {
			for w != 0 {
				t := bits.TrailingZeros64(w)
				if !yield(wi*64 + t) {
					return
				}
				w &= w - 1
			}
		}
	}
}

func sieve(n int) BitSet {
	comp := NewBitSet(n + 1)
	comp.Set(0)
	comp.Set(1)
	for i := 2; i*i <= n; i++ {
		if !comp.Has(i) {
			for j := i * i; j <= n; j += i {
				comp.Set(j)
			}
		}
	}
	primes := NewBitSet(n + 1)
	for i := 0; i <= n; i++ {
		if !comp.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func gray(n uint) uint { return n ^ (n >> 1) }

func main() {
	p := sieve(200)
	var ps []string
	for i := range p.All() {
		if i > 60 {
			break
		}
		ps = append(ps, fmt.Sprint(i))
	}
	fmt.Println(strings.Join(ps, ","), "count:", p.Count())

	for _, x := range []uint32{0, 1, 6, 255, 1 << 31, 0xdeadbeef} {
		fmt.Printf("%08x len=%2d lz=%2d tz=%2d pop=%2d rev=%08x rot=%08x\n", x,
			bits.Len32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x),
			bits.OnesCount32(x), bits.Reverse32(x), bits.RotateLeft32(x, 8))
	}
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
	hi, lo := bits.Mul64(1<<63+5, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	var x int8 = -128
	fmt.Println(x>>1, uint8(x)>>1, -x, x-1)
	mask := uint16(0b1010_1100_0011_0101)
	for sub := mask; ; sub = (sub - 1) & mask {
		if bits.OnesCount16(sub) == 7 {
			fmt.Printf("%016b\n", sub)
		}
		if sub == 0 {
			break
		}
	}
}

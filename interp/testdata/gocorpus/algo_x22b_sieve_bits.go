package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset    { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (i % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
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
	return composite
}

func gray(n uint) uint { return n ^ (n >> 1) }

func subsetsSum(xs []int, target int) [][]int {
	var out [][]int
	for mask := 0; mask < 1<<len(xs); mask++ {
		s := 0
		for m := uint(mask); m != 0; m &= m - 1 {
			s += xs[bits.TrailingZeros(m)]
		}
		if s == target {
			var sub []int
			for i := range xs {
				if mask>>i&1 == 1 {
					sub = append(sub, xs[i])
				}
			}
			out = append(out, sub)
		}
	}
	return out
}

func main() {
	const N = 1000
	comp := sieve(N)
	primes := N + 1 - comp.Count()
	fmt.Println("primes <= 1000:", primes)
	var last []string
	for i := N; len(last) < 5; i-- {
		if !comp.Has(i) {
			last = append(last, fmt.Sprint(i))
		}
	}
	fmt.Println(strings.Join(last, ","))
	for i := uint(0); i < 8; i++ {
		g := gray(i)
		fmt.Printf("%d:%03b ", i, g)
	}
	fmt.Println()
	fmt.Println(bits.Len(1000), bits.LeadingZeros32(1), bits.Reverse8(0b00010110), bits.RotateLeft16(0x8001, 4))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	fmt.Println(subsetsSum([]int{20, 15, 10, 5, 5}, 25))
	var x int8 = -128
	fmt.Println(x/-1, -x, uint8(x)>>1, x>>1)
	var u uint32 = 1
	fmt.Println(u<<31, u<<31>>1, ^u, -u)
}

package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func NewBitSet(n int) *BitSet { return &BitSet{words: make([]uint64, (n+63)/64)} }

func (b *BitSet) Set(i int)      { b.words[i/64] |= 1 << (uint(i) % 64) }
func (b *BitSet) Clear(i int)    { b.words[i/64] &^= 1 << (uint(i) % 64) }
func (b *BitSet) Has(i int) bool { return b.words[i/64]&(1<<(uint(i)%64)) != 0 }
func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) Each(f func(int)) {
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(wi*64 + t)
			w &= w - 1
		}
	}
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := NewBitSet(len(b.words) * 64)
	for i := range b.words {
		r.words[i] = b.words[i] | o.words[i]
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	b.Each(func(i int) { parts = append(parts, fmt.Sprint(i)) })
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *BitSet {
	composite := NewBitSet(n + 1)
	primes := NewBitSet(n + 1)
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return primes
}

func main() {
	p := sieve(200)
	fmt.Println("primes<=200:", p.Count())
	fmt.Println(p)
	a, b := NewBitSet(128), NewBitSet(128)
	for _, i := range []int{1, 5, 64, 100, 127} {
		a.Set(i)
	}
	for _, i := range []int{2, 5, 65, 127} {
		b.Set(i)
	}
	u := a.Union(b)
	u.Clear(5)
	fmt.Println(u, u.Count())
	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%032b\n%032b\n", x, bits.Reverse32(x))
	fmt.Printf("%#x %#x\n", bits.RotateLeft16(0x1234, 4), bits.ReverseBytes32(0xdeadbeef))
	hi, lo := bits.Mul64(0xffffffffffffffff, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println(q, r)
	for v := uint(1); v < 1000; v *= 7 {
		fmt.Printf("%d:len=%d pow2=%v ", v, bits.Len(v), v&(v-1) == 0)
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

type BitSet struct{ words []uint64 }

func (b *BitSet) Add(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << (uint(i) % 64)
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Remove(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Len() (n int) {
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return
}

func (b *BitSet) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range b.words {
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

func (b *BitSet) Union(o *BitSet) *BitSet {
	n := max(len(b.words), len(o.words))
	r := &BitSet{words: make([]uint64, n)}
	for i := range n {
		if i < len(b.words) {
			r.words[i] |= b.words[i]
		}
		if i < len(o.words) {
			r.words[i] |= o.words[i]
		}
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	for i := range b.All() {
		parts = append(parts, fmt.Sprint(i))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	primes := &BitSet{}
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Add(i)
		for j := i * i; j <= n; j += i {
			composite.Add(j)
		}
	}
	return primes
}

func main() {
	var a BitSet
	for _, i := range []int{1, 5, 64, 65, 200} {
		a.Add(i)
	}
	fmt.Println(a.String(), a.Len(), a.Has(64), a.Has(63), len(a.words))
	a.Remove(64)
	a.Remove(1000)
	b := &BitSet{}
	b.Add(3)
	b.Add(5)
	fmt.Println(a.Union(b), b)

	p := sieve(100)
	fmt.Println(p.Len(), p)

	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x))
	fmt.Printf("%08b %032b\n", bits.Reverse8(0b0000_0110), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(math64(), 1, 0)
	fmt.Println(hi, lo, sum, carry)
}

func math64() uint64 { return 1<<64 - 1 }

package main

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) ensure(i int) {
	need := i/64 + 1
	for len(b.words) < need {
		b.words = append(b.words, 0)
	}
}

func (b *BitSet) Add(i int) *BitSet {
	b.ensure(i)
	b.words[i/64] |= 1 << (uint(i) % 64)
	return b
}

func (b *BitSet) Remove(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) combine(o *BitSet, op func(x, y uint64) uint64) *BitSet {
	n := max(len(b.words), len(o.words))
	r := &BitSet{words: make([]uint64, n)}
	for i := range n {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words[i] = op(x, y)
	}
	return r
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x | y })
}
func (b *BitSet) Intersect(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x & y })
}
func (b *BitSet) Difference(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x &^ y })
}

func (b *BitSet) Members() []int {
	var out []int
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func (b *BitSet) String() string {
	parts := []string{}
	for _, m := range b.Members() {
		parts = append(parts, strconv.Itoa(m))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	composite.ensure(n)
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
	a := (&BitSet{}).Add(1).Add(3).Add(5).Add(64).Add(130)
	b := &BitSet{}
	for _, x := range []int{3, 4, 5, 6, 130} {
		b.Add(x)
	}
	fmt.Println("a =", a, "count", a.Count(), "words", len(a.words))
	fmt.Println("b =", b)
	fmt.Println("a|b =", a.Union(b))
	fmt.Println("a&b =", a.Intersect(b))
	fmt.Println("a-b =", a.Difference(b))
	a.Remove(64)
	a.Remove(1000)
	fmt.Println(a.Has(64), a.Has(130), a.Has(9999), a)
	fmt.Printf("%064b\n", a.words[0])
	p := sieve(100)
	fmt.Println("primes <= 100:", p.Count())
	fmt.Println(p)
	fmt.Printf("%#x\n", p.words)
}

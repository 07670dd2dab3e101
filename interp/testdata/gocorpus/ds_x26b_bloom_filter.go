package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
	"strconv"
)

type Bitset []uint64

func NewBitset(n int) Bitset      { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i uint)       { b[i/64] |= 1 << (i % 64) }
func (b Bitset) Test(i uint) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

type Bloom struct {
	bits Bitset
	m, k uint
}

func NewBloom(n int, p float64) *Bloom {
	m := uint(math.Ceil(-float64(n) * math.Log(p) / (math.Ln2 * math.Ln2)))
	k := uint(math.Round(float64(m) / float64(n) * math.Ln2))
	return &Bloom{NewBitset(int(m)), m, max(k, 1)}
}

func (b *Bloom) hashes(s string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(s))
	a := h.Sum64()
	h2 := fnv.New64()
	h2.Write([]byte(s))
	return a, h2.Sum64() | 1
}

func (b *Bloom) Add(s string) {
	h1, h2 := b.hashes(s)
	for i := range b.k {
		b.bits.Set(uint((h1 + uint64(i)*h2) % uint64(b.m)))
	}
}

func (b *Bloom) MayContain(s string) bool {
	h1, h2 := b.hashes(s)
	for i := uint(0); i < b.k; i++ {
		if !b.bits.Test(uint((h1 + uint64(i)*h2) % uint64(b.m))) {
			return false
		}
	}
	return true
}

func main() {
	bf := NewBloom(200, 0.01)
	fmt.Println("m =", bf.m, "k =", bf.k, "words =", len(bf.bits))
	for i := range 200 {
		bf.Add("user-" + strconv.Itoa(i))
	}
	missing := 0
	for i := range 200 {
		if !bf.MayContain("user-" + strconv.Itoa(i)) {
			missing++
		}
	}
	fp := 0
	for i := 1000; i < 11000; i++ {
		if bf.MayContain("user-" + strconv.Itoa(i)) {
			fp++
		}
	}
	fmt.Println("false negatives:", missing)
	fmt.Printf("false positives: %d (%.2f%%)\n", fp, float64(fp)/100)
	fmt.Println("bits set:", bf.bits.Count(), "fill:", fmt.Sprintf("%.3f", float64(bf.bits.Count())/float64(bf.m)))
	b := NewBitset(130)
	b.Set(0)
	b.Set(64)
	b.Set(129)
	fmt.Printf("%v %d %b %v\n", b.Test(64), b.Count(), b[2], b.Test(63))
	fmt.Println(bits.Len(1000), bits.TrailingZeros64(64), bits.Reverse8(1))
}

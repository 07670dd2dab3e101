package main

import (
	"encoding/binary"
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"math/bits"
)

type BloomFilter struct {
	bits []uint64
	m    uint64
	k    uint64
	n    int
	h    hash.Hash64
}

func NewWithEstimates(n int, fpRate float64) *BloomFilter {
	m := uint64(math.Ceil(-float64(n) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint64(math.Max(1, math.Round(float64(m)/float64(n)*math.Ln2)))
	return &BloomFilter{bits: make([]uint64, (m+63)/64), m: m, k: k, h: fnv.New64a()}
}

func (b *BloomFilter) hashes(data []byte) (uint64, uint64) {
	b.h.Reset()
	b.h.Write(data)
	h1 := b.h.Sum64()
	b.h.Write([]byte{0x9e})
	h2 := b.h.Sum64() | 1
	return h1, h2
}

func (b *BloomFilter) Add(data []byte) {
	h1, h2 := b.hashes(data)
	for i := uint64(0); i < b.k; i++ {
		pos := (h1 + i*h2) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.n++
}

func (b *BloomFilter) AddString(s string) { b.Add([]byte(s)) }

func (b *BloomFilter) Test(data []byte) bool {
	h1, h2 := b.hashes(data)
	for i := uint64(0); i < b.k; i++ {
		pos := (h1 + i*h2) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *BloomFilter) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		set += bits.OnesCount64(w)
	}
	return float64(set) / float64(b.m)
}

func (b *BloomFilter) EstimatedFP() float64 {
	return math.Pow(1-math.Exp(-float64(b.k)*float64(b.n)/float64(b.m)), float64(b.k))
}

func (b *BloomFilter) Union(o *BloomFilter) error {
	if b.m != o.m || b.k != o.k {
		return fmt.Errorf("bloom: incompatible filters (m=%d,k=%d) vs (m=%d,k=%d)", b.m, b.k, o.m, o.k)
	}
	for i := range b.bits {
		b.bits[i] |= o.bits[i]
	}
	b.n += o.n
	return nil
}

func key(i int) []byte {
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(i)*2654435761)
	return buf[:]
}

func main() {
	bf := NewWithEstimates(1000, 0.01)
	fmt.Printf("m=%d k=%d words=%d\n", bf.m, bf.k, len(bf.bits))
	for i := 0; i < 1000; i++ {
		bf.Add(key(i))
	}
	missing := 0
	for i := 0; i < 1000; i++ {
		if !bf.Test(key(i)) {
			missing++
		}
	}
	fp := 0
	for i := 1000; i < 11000; i++ {
		if bf.Test(key(i)) {
			fp++
		}
	}
	fmt.Printf("false negatives=%d false positives=%d/10000 (%.3f%%)\n", missing, fp, float64(fp)/100)
	fmt.Printf("fill=%.4f estimated fp=%.5f\n", bf.FillRatio(), bf.EstimatedFP())

	a := NewWithEstimates(50, 0.05)
	b := NewWithEstimates(50, 0.05)
	for _, w := range []string{"apple", "banana", "cherry"} {
		a.AddString(w)
	}
	for _, w := range []string{"durian", "elderberry"} {
		b.AddString(w)
	}
	fmt.Println("union:", a.Union(b), a.n)
	for _, w := range []string{"apple", "durian", "fig", "grape"} {
		fmt.Printf("%s:%v ", w, a.Test([]byte(w)))
	}
	fmt.Println()
	fmt.Println(a.Union(bf))
}

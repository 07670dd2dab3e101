package main

import (
	"fmt"
	"hash/fnv"
	"math"
)

type Bloom struct {
	bits []uint64
	m    uint64
	k    int
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1)}
}

func (b *Bloom) hashes(key string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(key))
	h1 := h.Sum64()
	h2 := fnv.New64()
	h2.Write([]byte(key))
	return h1, h2.Sum64() | 1
}

func (b *Bloom) Add(key string) {
	h1, h2 := b.hashes(key)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.n++
}

func (b *Bloom) MayContain(key string) bool {
	h1, h2 := b.hashes(key)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func main() {
	for _, rate := range []float64{0.1, 0.01, 0.001} {
		b := NewBloom(500, rate)
		for i := 0; i < 500; i++ {
			b.Add(fmt.Sprintf("block-%d", i*2))
		}
		missing := 0
		for i := 0; i < 500; i++ {
			if !b.MayContain(fmt.Sprintf("block-%d", i*2)) {
				missing++
			}
		}
		fp := 0
		for i := 0; i < 5000; i++ {
			if b.MayContain(fmt.Sprintf("block-%d", i*2+1)) {
				fp++
			}
		}
		expected := math.Pow(1-math.Exp(-float64(b.k)*float64(b.n)/float64(b.m)), float64(b.k))
		fmt.Printf("target=%-6g m=%5d k=%2d fill=%.3f missing=%d fp=%4d (%.4f, expected %.4f)\n",
			rate, b.m, b.k, b.FillRatio(), missing, fp, float64(fp)/5000, expected)
	}
	b := NewBloom(3, 0.05)
	for _, s := range []string{"sda", "sdb", "nvme0n1"} {
		b.Add(s)
	}
	for _, s := range []string{"sda", "nvme0n1", "sdz", "loop0"} {
		fmt.Printf("%-8s %v\n", s, b.MayContain(s))
	}
	fmt.Printf("%+v\n", *b)
}

package main

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
)

type BloomFilter struct {
	bits []bool
	k    int
	n    int
}

func NewBloom(expected int, fpRate float64) *BloomFilter {
	m := int(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &BloomFilter{bits: make([]bool, m), k: max(k, 1)}
}

func (b *BloomFilter) hashes(data []byte) []int {
	h1 := fnv.New64a()
	h1.Write(data)
	a := h1.Sum64()
	h2 := fnv.New64()
	h2.Write(data)
	c := h2.Sum64() | 1
	idx := make([]int, b.k)
	for i := range idx {
		idx[i] = int((a + uint64(i)*c) % uint64(len(b.bits)))
	}
	return idx
}

func (b *BloomFilter) Add(s string) {
	for _, i := range b.hashes([]byte(s)) {
		b.bits[i] = true
	}
	b.n++
}

func (b *BloomFilter) MayContain(s string) bool {
	for _, i := range b.hashes([]byte(s)) {
		if !b.bits[i] {
			return false
		}
	}
	return true
}

func (b *BloomFilter) FillRatio() float64 {
	set := 0
	for _, x := range b.bits {
		if x {
			set++
		}
	}
	return float64(set) / float64(len(b.bits))
}

func (b *BloomFilter) String() string {
	return fmt.Sprintf("Bloom{m=%d k=%d n=%d fill=%.3f}", len(b.bits), b.k, b.n, b.FillRatio())
}

func intKey(i int) string {
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(i))
	return string(buf[:])
}

func main() {
	bf := NewBloom(100, 0.01)
	fmt.Println(bf)
	fruits := []string{"apple", "banana", "cherry", "date", "elderberry"}
	for _, f := range fruits {
		bf.Add(f)
	}
	for _, q := range []string{"apple", "cherry", "grape", "kiwi", "banana"} {
		fmt.Printf("%-8s may contain: %v\n", q, bf.MayContain(q))
	}
	for i := 0; i < 100; i++ {
		bf.Add(intKey(i))
	}
	fmt.Println(bf)
	fp := 0
	trials := 2000
	for i := 1000; i < 1000+trials; i++ {
		if bf.MayContain(intKey(i)) {
			fp++
		}
	}
	rate := float64(fp) / float64(trials)
	fmt.Printf("false positives: %d/%d = %.4f (<5%%: %t)\n", fp, trials, rate, rate < 0.05)
	missing := 0
	for i := 0; i < 100; i++ {
		if !bf.MayContain(intKey(i)) {
			missing++
		}
	}
	fmt.Println("false negatives:", missing)
	fmt.Printf("%x\n", bf.hashes([]byte("apple")))
}

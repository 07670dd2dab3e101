package main

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv1a(data []byte) uint64 {
	h := uint64(fnvOffset)
	for _, b := range data {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

func murmurMix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func xorshift(state *uint64) uint64 {
	x := *state
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*state = x
	return x
}

type Bloom struct {
	bits []uint64
	k    int
}

func NewBloom(m, k int) *Bloom { return &Bloom{make([]uint64, (m+63)/64), k} }

func (b *Bloom) positions(s string) []uint {
	h := fnv1a([]byte(s))
	h1, h2 := uint32(h), uint32(h>>32)
	m := uint(len(b.bits) * 64)
	out := make([]uint, b.k)
	for i := range out {
		out[i] = uint(h1+uint32(i)*h2) % m
	}
	return out
}

func (b *Bloom) Add(s string) {
	for _, p := range b.positions(s) {
		b.bits[p/64] |= 1 << (p % 64)
	}
}

func (b *Bloom) MayContain(s string) bool {
	for _, p := range b.positions(s) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"", "a", "hello", "Hello"} {
		fmt.Printf("%-7q fnv=%016x mix=%016x\n", s, fnv1a([]byte(s)), murmurMix(fnv1a([]byte(s))))
	}
	st := uint64(88172645463325252)
	for i := 0; i < 4; i++ {
		fmt.Print(xorshift(&st)%1000, " ")
	}
	fmt.Println()
	bl := NewBloom(256, 3)
	for _, w := range []string{"apple", "banana", "cherry"} {
		bl.Add(w)
	}
	for _, w := range []string{"apple", "cherry", "durian", "elder", "fig"} {
		fmt.Print(w, "=", bl.MayContain(w), " ")
	}
	fmt.Println()
	pop := 0
	for _, w := range bl.bits {
		pop += bits.OnesCount64(w)
	}
	fmt.Println("bits set", pop)
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], fnv1a([]byte("key")))
	fmt.Printf("% x | %d\n", buf, binary.BigEndian.Uint32(buf[4:]))
	fmt.Println(bits.RotateLeft64(1, -1) == 1<<63, bits.ReverseBytes64(0x0102030405060708) == 0x0807060504030201)
}

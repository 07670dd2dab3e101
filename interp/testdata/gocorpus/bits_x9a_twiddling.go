// Exercises: bit twiddling: popcount by hand vs math/bits, power-of-two tests, %08b, shifts, &^, rotations
package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseByte(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	for _, x := range []uint64{0, 1, 255, 0xF0F0, 1 << 40, ^uint64(0)} {
		fmt.Printf("%x: %d %d pow2=%t\n", x, popcount(x), bits.OnesCount64(x), x != 0 && x&(x-1) == 0)
	}
	for _, b := range []uint8{1, 6, 0xA5, 0x80} {
		fmt.Printf("%08b -> %08b %08b\n", b, reverseByte(b), bits.Reverse8(b))
	}
	var x uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", x&^0b110, x<<3, bits.RotateLeft8(x, 3), ^x)
	var i8 int8 = -128
	fmt.Println(i8>>1, -i8, i8/-1, uint8(i8), bits.LeadingZeros32(1), bits.TrailingZeros16(40))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo, 1<<10>>3, 0x7fffffff+int64(1))
	gray := func(n uint) uint { return n ^ n>>1 }
	for n := uint(0); n < 8; n++ {
		fmt.Printf("%03b ", gray(n))
	}
	fmt.Println()
}

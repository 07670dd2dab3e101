// Exercises: bit operations &, |, ^, &^, shifts, %08b formatting, popcount loop, math/bits
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

func main() {
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b\n", x)
	fmt.Printf("%08b\n", y)
	fmt.Printf("%08b\n", x&y)
	fmt.Printf("%08b\n", x|y)
	fmt.Printf("%08b\n", x^y)
	fmt.Printf("%08b\n", x&^y)
	fmt.Printf("%08b\n", ^x)
	for i := uint(0); i < 8; i++ {
		if x&(1<<i) != 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", x<<1, x>>1)
	fmt.Println(popcount(0xFFFF), popcount(12345678), bits.OnesCount64(12345678))
	fmt.Println(bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.Reverse8(x))
	fmt.Printf("%x %X %o %#x %#o\n", 3054, 3054, 8, 255, 8)
	var mask uint32 = 0xF0F0F0F0
	fmt.Printf("%032b\n", mask)
	fmt.Printf("%b\n", -5)
}

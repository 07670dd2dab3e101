// Exercises: math/bits OnesCount/LeadingZeros/TrailingZeros/Len/RotateLeft/Reverse/ReverseBytes, Add64/Mul64 with carry, %08b formatting.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint8{0, 1, 6, 128, 255} {
		fmt.Printf("%08b ones=%d lz=%d tz=%d len=%d rev=%08b rotl3=%08b\n",
			x, bits.OnesCount8(x), bits.LeadingZeros8(x), bits.TrailingZeros8(x),
			bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3))
	}
	var y uint32 = 0x12345678
	fmt.Printf("%#x %#x %d\n", bits.ReverseBytes32(y), bits.RotateLeft32(y, -8), bits.OnesCount32(y))
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	diff, borrow := bits.Sub64(1, 2, 0)
	fmt.Println(diff, borrow, bits.UintSize, bits.Len(1023))
}

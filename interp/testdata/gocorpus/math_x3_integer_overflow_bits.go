// Exercises: integer overflow wraparound, uint8 arithmetic, math/bits, shifts, bit operators
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var u uint8 = 250
	u += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u, i8)
	x := math.MaxInt32
	fmt.Println(int32(x)+1 < 0, x+1)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Len(1023))
	fmt.Println(6&3, 6|3, 6^3, 6&^3, ^0, -8>>1, uint(8)>>1)
	fmt.Printf("%08b %o %X %#x\n", 13, 64, 48879, 255)
}

// Exercises: a [256]byte table filled in init, popcount by table lookup, by loop, by clearing the lowest bit; uint64 shifts.
package main

import (
	"fmt"
	"math/bits"
)

var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

func PopCountLoop(x uint64) (n int) {
	for i := uint(0); i < 8; i++ {
		n += int(pc[byte(x>>(i*8))])
	}
	return
}

func PopCountClear(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func main() {
	for _, x := range []uint64{0, 1, 255, 0x1234567890ABCDEF, 1<<63 | 1, ^uint64(0)} {
		a, b, c := PopCount(x), PopCountLoop(x), PopCountClear(x)
		fmt.Println(x, a, b, c, a == bits.OnesCount64(x))
	}
	fmt.Println(pc[:16])
}

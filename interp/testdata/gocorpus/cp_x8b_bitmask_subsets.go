// Exercises: subsets by bitmask, popcount by hand and with math/bits, submask enumeration, uint conversions, bits.TrailingZeros
package main

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

const input = "3 34 4 12 5 2"

func popcount(x int) int {
	c := 0
	for x > 0 {
		x &= x - 1
		c++
	}
	return c
}

func main() {
	var a []int
	for _, f := range strings.Fields(input) {
		v, _ := strconv.Atoi(f)
		a = append(a, v)
	}
	n := len(a)
	target := 9
	var hits []string
	for mask := 0; mask < 1<<n; mask++ {
		sum := 0
		for i := 0; i < n; i++ {
			if mask>>i&1 == 1 {
				sum += a[i]
			}
		}
		if sum == target {
			hits = append(hits, fmt.Sprintf("%06b(%d)", mask, popcount(mask)))
		}
	}
	fmt.Println(hits)
	mask := 0b101101
	cnt := 0
	for sub := mask; sub > 0; sub = (sub - 1) & mask {
		cnt++
	}
	fmt.Println("submasks:", cnt, bits.OnesCount(uint(mask)), popcount(mask))
	fmt.Println(bits.TrailingZeros(uint(40)), bits.Len(uint(40)), bits.LeadingZeros64(1))
	var x uint8 = 0b10010110
	fmt.Println(bits.Reverse8(x), bits.RotateLeft8(x, 3), x^0xFF, x&^0x0F)
}

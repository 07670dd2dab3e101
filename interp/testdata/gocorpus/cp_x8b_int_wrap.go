// Exercises: negative modulo normalisation, truncating integer division, int8/uint8/uint32 overflow wrap-around, shifts of negative numbers, float64 to int conversion truncation
package main

import "fmt"

func mod(a, m int) int { return ((a % m) + m) % m }

func main() {
	pos := 50
	moves := []int{-68, -30, 48, -5, 60, -55, -1, -99, 14, -82}
	zeros := 0
	for _, m := range moves {
		pos = mod(pos+m, 100)
		if pos == 0 {
			zeros++
		}
	}
	fmt.Println(pos, zeros, -7/2, -7%3, 7/-2, 7%-3)
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c uint32 = 1 << 31
	c *= 2
	m1 := int8(-1)
	mn := int8(-128)
	fmt.Println(a, b, c, mn/m1, mn*m1)
	x := -17
	fmt.Println(x>>1, x>>10, uint(1)<<63>>62, ^0, ^uint8(5))
	f := -2.7
	fmt.Println(int(f), int(-f), int64(float32(16777217)), uint8(int(300)&0xff))
	var h uint64 = 14695981039346656037
	for _, ch := range []byte("hello") {
		h ^= uint64(ch)
		h *= 1099511628211
	}
	fmt.Printf("%x %d\n", h, int32(h))
}

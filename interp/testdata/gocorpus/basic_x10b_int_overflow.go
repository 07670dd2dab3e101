// Exercises: int8/uint8 overflow wraparound, unsigned underflow, signed shifts, conversions that truncate
package main

import "fmt"

func main() {
	var u uint8 = 255
	fmt.Println(u, u+1, u*u)
	var i int8 = 127
	fmt.Println(i, i+1, i*i)
	var small int8 = -128
	fmt.Println(-small, small-1)
	var z uint = 0
	fmt.Println(z-1 == ^uint(0))
	var x int32 = -8
	fmt.Println(x>>1, x>>3, x<<2, uint32(x)>>28)
	var big int64 = 1<<40 + 255
	fmt.Println(int8(big), uint8(big), int16(big), int32(big))
	f := 3.99
	fmt.Println(int(f), int(-f))
	var u16 uint16 = 0xFFFF
	fmt.Println(int16(u16), u16>>4)
	for n := int8(120); n > 0; n += 3 {
		fmt.Print(n, " ")
	}
	fmt.Println()
	var mn int = -7
	fmt.Println(mn/2, mn%2, mn>>1, -mn/2)
}

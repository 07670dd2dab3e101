// Exercises: integer overflow, negative division and modulo, shifts
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	x := -7
	fmt.Println(a, b, c, x/2, x%3, -7>>1, uint32(1)<<31>>1)
	var s uint = 70
	fmt.Println(1<<s, uint64(1)<<s)
	var i16 int16 = -32768
	fmt.Println(-i16, i16*-1, i16/-1)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), 1e308*10 > 1e308)
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<99))
}

// Exercises: runtime integer overflow wraps around for sized integer types.
package main

import (
	"fmt"
	"math"
)

func main() {
	var u8 uint8 = 250
	for range 10 {
		u8++
	}
	fmt.Println(u8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var i32 int32 = math.MaxInt32
	i32 += 2
	fmt.Println(i32)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint)
	x := int64(math.MinInt64)
	fmt.Println(-x == x)
	big := 70000
	fmt.Println(uint16(big), int8(-129+256))
}

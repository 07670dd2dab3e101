package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1
	var big uint = 70
	fmt.Println(x<<big, -1>>big, int8(-128)/int8(-1+x*0), uint8(200+x*0)+uint8(100))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8%-1)
	fmt.Println(int(-2.7+float64(x*0)), int64(math.MaxInt64)+int64(x), math.MinInt64/int64(-x))
	fmt.Println(7>>1, -7>>1, -7/2, -7%2, 7&^5, ^0, ^uint8(0))
	n := 65
	fmt.Println(string(rune(n)), string(rune(-1)), len(string(rune(0x10FFFF+1))))
	f := 0.0
	fmt.Println(1/f, -1/f, f/f == f/f, math.Copysign(0, -1), 1/math.Copysign(0, -1))
	fmt.Println(1e6, 1e21, 100000000.0, float32(0.1), 1e-5, 123456789.0, 0.000001)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64, float32(16777217))
	var u uint32 = 1 << 31
	fmt.Println(u*2, int32(u), uint64(u)<<1)
	c := complex(1, -2)
	fmt.Println(c*c, real(c), c == complex(1, -2))
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	fmt.Println(1 << neg)
}

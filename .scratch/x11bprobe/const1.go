package main

import (
	"fmt"
	"math"
	"time"
)

const big = math.MaxUint32 + 1
const third = 1 / 3.0
const eps = math.SmallestNonzeroFloat64

type Weight float32

func main() {
	fmt.Println(big, float32(math.Pi), math.MaxInt8*2, uint8(math.MaxUint8))
	fmt.Println(third, eps, eps/2 == 0, math.MaxFloat32)
	var w Weight = 1.0 / 3
	fmt.Println(w, w*3, float64(w))
	d := time.Duration(1.5 * float64(time.Second))
	fmt.Println(d, time.Hour/time.Minute, 2*time.Hour+30*time.Minute)
	var s uint = 3
	x := 1 << s
	var f float64 = 1 << 3
	fmt.Println(x, f, int64(1)<<62/3, -7/2, -7%3, 7>>1, -7>>1)
	const huge = 1 << 200
	fmt.Println(huge>>198, float64(huge) > 1e60)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8, uint8(i8))
	var u uint32 = 1<<32 - 1
	u++
	fmt.Println(u, ^uint8(0), ^0)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
}

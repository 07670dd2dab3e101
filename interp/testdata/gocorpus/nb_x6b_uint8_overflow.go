// Exercises: student integer overflow: brightening uint8 pixels wraps, int8 wrap, int32 sum of squares overflows
package main

import "fmt"

var pixels = []uint8{10, 120, 200, 250}

func brighten(px []uint8, by uint8) []uint8 {
	out := make([]uint8, len(px))
	for i, p := range px {
		out[i] = p + by // wraps past 255
	}
	return out
}

func brightenClamped(px []uint8, by uint8) []uint8 {
	out := make([]uint8, len(px))
	for i, p := range px {
		v := int(p) + int(by)
		if v > 255 {
			v = 255
		}
		out[i] = uint8(v)
	}
	return out
}

func sumSquares32(n int32) int32 {
	var s int32
	for i := int32(1); i <= n; i++ {
		s += i * i
	}
	return s
}

func main() {
	fmt.Println(brighten(pixels, 60))
	fmt.Println(brightenClamped(pixels, 60))
	var x int8 = 127
	x++
	big := uint8(200)
	fmt.Println(x, -x, big*2)
	fmt.Println(sumSquares32(1000), sumSquares32(2000))
	avg := (pixels[2] + pixels[3]) / 2
	fmt.Println(avg, (int(pixels[2])+int(pixels[3]))/2)
	var u uint = 0
	u--
	m32 := uint32(1<<32 - 1)
	fmt.Println(u == 1<<64-1, m32+1)
}

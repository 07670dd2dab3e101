package main

import "fmt"

type Small int8

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	var d uint8 = 1
	s := 9
	fmt.Println(a, b, c, d<<s, d<<7, int8(-128)/int8(-1+0*int(a)))
	var e Small = 100
	e += 100
	fmt.Println(e, Small(127)+Small(b-254))
	var u uint = 3
	fmt.Println(u-5 > 0, int64(u)-5, -5>>1, -5/2, uint32(1<<31)*uint32(u-1))
	x := 1 << 62
	x *= 4
	fmt.Println(x, ^x, x&^3)
	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, float32(0.1)+float32(0.2), float64(float32(0.1)))
	h := uint16(65535)
	h += 2
	var sh int64 = -1
	fmt.Println(h, uint64(sh), sh>>63, uint8(300%256), int(uint8(200))+int(int8(-56)))
	defer func() { fmt.Println("recovered:", recover()) }()
	z := 0
	fmt.Println(10 / z)
}

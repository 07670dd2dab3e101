package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)

	var b uint8 = 0
	b--
	fmt.Println(b)

	var c int16 = -32768
	c = -c
	fmt.Println(c)

	var u uint32 = math.MaxUint32
	u += 2
	fmt.Println(u)

	// conversions truncate
	big := 300
	fmt.Println(uint8(big), int8(big), byte(-1+big))
	neg := -1
	fmt.Println(uint16(neg), uint32(neg), uint64(neg))

	// float to int truncates toward zero
	f := -3.99
	g := 3.99
	fmt.Println(int(f), int(g), int(math.Round(f)))

	// integer division and modulo
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3)
	fmt.Println(7.0/2, float64(7)/2, 7/2.0)

	// shifts
	var s uint8 = 1
	one := int8(1)
	eight := uint(8)
	fmt.Println(s<<7, s<<eight, one<<7)
	var sh uint = 65
	fmt.Println(1<<(sh%64), uint64(1)<<63)

	// MinInt overflow on negation and division
	m := math.MinInt64
	fmt.Println(-m == m, m/-1)

	// bit ops
	x := 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", x&0x0F, x|0x01, x^0xFF, x&^0x06)
	fmt.Printf("%d %x %o %X %#x %#o\n", x, x, x, x, x, x)

	// strconv
	n, err := strconv.ParseInt("128", 10, 8)
	fmt.Println(n, err)
	n2, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(n2, err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.Itoa(1<<20))
	q, err := strconv.Atoi("12a")
	fmt.Println(q, err)

	// rune/byte conversions
	r := rune(65)
	fmt.Println(string(r), string(rune(0x4e16)), strconv.Itoa(65))
	fmt.Printf("%c %U %q\n", r, r, r)

	// float precision
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.NaN() == math.NaN())

	// typed constant math
	const k = 1 << 10
	var i8 int8 = k >> 4
	fmt.Println(i8, k/3, k/3.0)

	// uint underflow in loop condition
	xs := []int{1, 2, 3}
	count := 0
	for i := uint(len(xs)) - 1; i < uint(len(xs)); i-- {
		count++
	}
	fmt.Println(count)
}

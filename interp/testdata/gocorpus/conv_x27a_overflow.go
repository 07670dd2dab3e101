package main

import (
	"fmt"
	"math"
	"strconv"
)

type Small int8

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u16 uint16 = 65535
	fmt.Println(u16+1, u16*u16)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32, -i32)
	x := math.MinInt64
	fmt.Println(x, -x, x/-1 == x)

	big := 300
	fmt.Println(int8(big), uint8(big), int16(big*300), uint32(-1*big))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2)
	var s Small = -128
	fmt.Println(s-1, s/-1, Small(int16(s)*-1))

	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	nan := math.NaN()
	fmt.Println(nan < 1, nan > 1, math.IsNaN(nan))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(u, err)
	fl, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(fl, strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64))
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(b, strconv.Quote("tab\there"), strconv.QuoteRune('☺'))

	var r rune = 'A'
	var by byte = 'a'
	fmt.Println(r+1, by+1, string(r+1), string(rune(by+1)))
	fmt.Printf("%08b %o %X %#x\n", 5, 64, 255, 255)
	fmt.Println(1<<3|1, 6&^3, 5^3, ^5, -5>>1, u8<<7)
	var shift uint = 70
	fmt.Println(1<<shift == 0, int64(1)<<62)
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.SmallestNonzeroFloat64 > 0)
}

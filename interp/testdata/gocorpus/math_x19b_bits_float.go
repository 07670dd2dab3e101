package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%032b\n%032b\n", bits.Reverse32(x), bits.RotateLeft32(x, -4))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)

	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint)
	a := math.MaxInt64
	a++
	fmt.Println(a == math.MinInt64)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1)
	u8a, u8b := uint8(200), uint8(100)
	fmt.Println(u8a+u8b, u8a*2)

	f := 1.0
	for range 3 {
		f /= 3
	}
	fmt.Println(f, f*27 == 1, math.Abs(f*27-1) < 1e-15)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.MaxFloat32)
	fmt.Println(math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(int64(math.Pow(2, 53))+1, float64(1<<53+1) == float64(1<<53))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fr, ex := math.Frexp(12)
	fmt.Println(fr, ex, math.Ldexp(fr, ex))
	fmt.Printf("%.3f %.3e %v %v\n", math.Pi, math.E, float32(math.Pi), math.SmallestNonzeroFloat64)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), c*c, fmt.Sprintf("%.1f", c))
	var ff float32 = 16777216
	fmt.Println(ff+1 == ff, int(float32(0.1)*10))
	m1, big16, u31 := int8(-1), uint16(65535), uint32(1<<31)
	fmt.Println(uint8(m1), int16(big16), u31<<1)
}

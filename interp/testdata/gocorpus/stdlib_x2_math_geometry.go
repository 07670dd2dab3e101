// Exercises: math functions used in geometry exercises: Hypot, Atan2, Pow, rounding, Inf/NaN, limits.
package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64   { return math.Hypot(v.X, v.Y) }
func (v Vec) Angle() float64 { return math.Atan2(v.Y, v.X) * 180 / math.Pi }
func (v Vec) Rotate(deg float64) Vec {
	r := deg * math.Pi / 180
	s, c := math.Sincos(r)
	return Vec{v.X*c - v.Y*s, v.X*s + v.Y*c}
}

func main() {
	v := Vec{3, 4}
	fmt.Println(v.Len(), v.Angle())
	w := v.Rotate(90)
	fmt.Printf("%.4f %.4f\n", w.X, w.Y)
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5))
	for _, x := range []float64{2.5, -2.5, 2.4999, -0.5} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x), math.RoundToEven(x))
	}
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.NaN()), math.NaN() == math.NaN())
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.6f %.6f %.6f\n", math.Pi, math.E, math.Log(math.E))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, math.NaN()), math.Mod(7, 3), math.Remainder(7, 3))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Signbit(-0.0), math.Copysign(3, -1))
	fmt.Println(1/math.Inf(1), math.Log10(1000), math.Log2(1024), math.Exp(0))
}

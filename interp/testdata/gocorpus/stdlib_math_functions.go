// Exercises: math package functions, special values and formatting of floats.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Log(math.E))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16)
	fmt.Println(math.Hypot(3, 4), math.Mod(7, 3), math.Max(3, 7), math.Min(-1, 2))
	fmt.Println(math.Cbrt(27), math.Log2(1024), math.Log10(0.001))
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
}

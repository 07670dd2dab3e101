// Exercises: math special values formatting: Inf, NaN, negative zero, float32 printing, rounding
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.Copysign(0, -1))
	fmt.Printf("%v %.2f %e %g\n", math.Inf(1), math.NaN(), -math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, float64(f32), f32*3, math.Round(2.5), math.Round(-2.5), math.Floor(-0.5))
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Println(math.Sqrt(-1), math.IsNaN(math.NaN()), math.NaN() == math.NaN(), int64(math.Pi*1e6))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, uint64(math.MaxUint64))
}

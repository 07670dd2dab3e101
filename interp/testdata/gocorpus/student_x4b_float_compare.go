// Exercises: floating point equality pitfalls, accumulating 0.1, tolerance compare, float32 vs float64, NaN never equal, -0
package main

import (
	"fmt"
	"math"
)

func close(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func main() {
	fmt.Println(0.1+0.2 == 0.3, close(0.1+0.2, 0.3, 1e-12))
	x := 0.1
	y := 0.2
	fmt.Println(x+y == 0.3, x+y)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, close(sum, 1, 1e-9))
	var f32 float32 = 0.1
	fmt.Println(float64(f32), float64(f32) == 0.1, f32 == 0.1)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, math.IsNaN(nan), math.Max(nan, 1))
	neg := math.Copysign(0, -1)
	fmt.Println(neg == 0, 1/neg, math.Signbit(neg))
	big := 1e16
	fmt.Println(big+1 == big, big+2 == big)
	fmt.Printf("%.20f %v %g %e\n", 0.1, 1e21, 1e-7, 123456.789)
	fmt.Println(math.Inf(1)-math.Inf(1), 3/2*2.0, float32(16777217))
}

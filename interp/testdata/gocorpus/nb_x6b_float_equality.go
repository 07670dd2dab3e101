// Exercises: student float surprises: 0.1+0.2 != 0.3, accumulated sums, NaN from an empty mean, Inf, epsilon compare
package main

import (
	"fmt"
	"math"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs)) // 0/0 = NaN for an empty slice
}

func almostEqual(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func main() {
	fmt.Println(0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b, almostEqual(a+b, 0.3))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, almostEqual(sum, 1))
	m := mean(nil)
	fmt.Println(m, m == m, math.IsNaN(m))
	fmt.Println(1/math.Inf(1), -1/math.Inf(1), math.Log(0), math.Sqrt(-1))
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float64(f32)+1)
	fmt.Printf("%.20f %v %g\n", 0.1, float32(0.1), 1e21)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero > 0)
}

// Exercises: a deliberate mistake: comparing floats with ==, a loop that never hits its exact target, float32 accumulation drift
package main

import (
	"fmt"
	"math"
)

func stepsUntil(target, lr float64) int {
	x, n := 0.0, 0
	for x != target && n < 50 {
		x += lr
		n++
	}
	return n
}

func sum32(n int) (float32, float64) {
	var a float32
	var b float64
	for i := 0; i < n; i++ {
		a += 0.1
		b += 0.1
	}
	return a, b
}

func main() {
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	fmt.Println("steps to 1.0 by 0.1:", stepsUntil(1.0, 0.1))
	fmt.Println("steps to 1.0 by 0.25:", stepsUntil(1.0, 0.25))
	a, b := sum32(1000)
	fmt.Println(a, b, float64(a) == b)
	fmt.Println(math.Abs(x+y-0.3) < 1e-12)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, math.IsNaN(nan), math.Inf(1) > math.MaxFloat64)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, int(f32+1))
}

// Exercises: Newton's square root loop stopping when the change is tiny, compared with math.Sqrt, %g and %.10f formatting.
package main

import (
	"fmt"
	"math"
)

func Sqrt(x float64) (z float64, steps int) {
	z = 1.0
	for {
		next := z - (z*z-x)/(2*z)
		steps++
		if math.Abs(next-z) < 1e-12 {
			return next, steps
		}
		z = next
	}
}

func main() {
	for _, x := range []float64{2, 3, 16, 1e6, 0.25} {
		z, n := Sqrt(x)
		fmt.Printf("%g: %.10f after %d steps (diff %.1e)\n", x, z, n, math.Abs(z-math.Sqrt(x)))
	}
}

// Exercises: tour-style loops exercise - Newton's square root printing iterations.
package main

import (
	"fmt"
	"math"
)

func Sqrt(x float64) (z float64, steps int) {
	z = x / 2
	for {
		steps++
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-9 || steps > 50 {
			return next, steps
		}
		z = next
	}
}

func main() {
	for _, x := range []float64{2, 9, 100, 0.25} {
		z, steps := Sqrt(x)
		fmt.Printf("sqrt(%g) = %.9f in %d steps (math: %.9f)\n", x, z, steps, math.Sqrt(x))
	}
}

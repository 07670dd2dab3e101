// Exercises: a deliberate mistake: ReLU forward mutates its input in place, so the cached input used by backward is already clipped
package main

import "fmt"

var cache []float64

func reluForward(x []float64) []float64 {
	cache = x // the student keeps the input for backward
	for i := range x {
		if x[i] < 0 {
			x[i] = 0
		}
	}
	return x
}

func leakyBackward(dout []float64) []float64 {
	dx := make([]float64, len(dout))
	for i, v := range cache {
		if v > 0 {
			dx[i] = dout[i]
		} else {
			dx[i] = 0.01 * dout[i] // meant for negative inputs only
		}
	}
	return dx
}

func main() {
	z := []float64{-2, 0.5, -0.1, 3}
	orig := append([]float64(nil), z...)
	h := reluForward(z)
	fmt.Println("h:", h, "z now:", z, "orig:", orig)
	dx := leakyBackward([]float64{1, 1, 1, 1})
	fmt.Println("dx:", dx)
	cache = orig
	fmt.Println("with a copy:", leakyBackward([]float64{1, 1, 1, 1}))
	fmt.Println(&h[0] == &z[0], len(cache))
}

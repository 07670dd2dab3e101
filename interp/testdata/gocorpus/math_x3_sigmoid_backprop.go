// Exercises: a single neuron forward and backward pass with sigmoid, chain rule, weight update
package main

import (
	"fmt"
	"math"
)

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func main() {
	w, b := []float64{0.5, -0.3}, 0.1
	x, target := []float64{1.0, 2.0}, 1.0
	lr := 0.5
	for epoch := 0; epoch < 3; epoch++ {
		z := b
		for i := range w {
			z += w[i] * x[i]
		}
		y := sigmoid(z)
		loss := 0.5 * (y - target) * (y - target)
		dz := (y - target) * y * (1 - y)
		for i := range w {
			w[i] -= lr * dz * x[i]
		}
		b -= lr * dz
		fmt.Printf("epoch %d y=%.5f loss=%.6f w=%.4f b=%.4f\n", epoch, y, loss, w, b)
	}
}

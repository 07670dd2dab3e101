// Exercises: linear regression by batch gradient descent, struct with methods, %8.4f tables
package main

import (
	"fmt"
	"math"
)

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func (m *Model) Step(xs, ys []float64, lr float64) float64 {
	var gw, gb, loss float64
	n := float64(len(xs))
	for i, x := range xs {
		d := m.Predict(x) - ys[i]
		loss += d * d / n
		gw += 2 * d * x / n
		gb += 2 * d / n
	}
	m.W -= lr * gw
	m.B -= lr * gb
	return loss
}

func main() {
	xs := []float64{0, 1, 2, 3, 4, 5}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = 3*x - 2 + 0.1*math.Sin(x)
	}
	var m Model
	for epoch := 0; epoch <= 2000; epoch++ {
		loss := m.Step(xs, ys, 0.02)
		if epoch%500 == 0 {
			fmt.Printf("epoch %5d loss %10.6f w %8.4f b %8.4f\n", epoch, loss, m.W, m.B)
		}
	}
	fmt.Printf("final %+v\n", m)
	fmt.Printf("predict(10) = %.3f\n", m.Predict(10))
}

// Exercises: logistic regression with sigmoid and binary cross-entropy, clamped logs, struct of weights updated by pointer
package main

import (
	"fmt"
	"math"
)

type Model struct {
	W [2]float64
	B float64
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func (m *Model) Prob(x [2]float64) float64 { return sigmoid(m.W[0]*x[0] + m.W[1]*x[1] + m.B) }

func (m *Model) Step(X [][2]float64, y []float64, lr float64) float64 {
	var gw [2]float64
	gb, loss := 0.0, 0.0
	for i, x := range X {
		p := m.Prob(x)
		pc := math.Min(math.Max(p, 1e-12), 1-1e-12)
		loss -= y[i]*math.Log(pc) + (1-y[i])*math.Log(1-pc)
		for j := range gw {
			gw[j] += (p - y[i]) * x[j]
		}
		gb += p - y[i]
	}
	n := float64(len(X))
	for j := range m.W {
		m.W[j] -= lr * gw[j] / n
	}
	m.B -= lr * gb / n
	return loss / n
}

func main() {
	X := [][2]float64{{0.5, 1}, {1, 1.5}, {1.5, 0.5}, {3, 3.5}, {3.5, 2.5}, {4, 4}}
	y := []float64{0, 0, 0, 1, 1, 1}
	m := &Model{}
	for epoch := 0; epoch < 300; epoch++ {
		if l := m.Step(X, y, 0.5); epoch%75 == 0 {
			fmt.Printf("epoch %d loss %.4f\n", epoch, l)
		}
	}
	correct := 0
	for i, x := range X {
		if (m.Prob(x) > 0.5) == (y[i] == 1) {
			correct++
		}
	}
	fmt.Printf("acc %d/%d W=%.3f B=%.3f\n", correct, len(X), m.W, m.B)
}

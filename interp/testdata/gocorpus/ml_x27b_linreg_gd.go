package main

import (
	"fmt"
	"math"
)

type Sample struct {
	X []float64
	Y float64
}

type Model struct {
	W []float64
	B float64
}

func (m *Model) Predict(x []float64) float64 {
	s := m.B
	for i, w := range m.W {
		s += w * x[i]
	}
	return s
}

func (m *Model) Loss(data []Sample) float64 {
	var l float64
	for _, d := range data {
		e := m.Predict(d.X) - d.Y
		l += e * e
	}
	return l / float64(len(data))
}

func (m *Model) Step(data []Sample, lr float64) {
	gw := make([]float64, len(m.W))
	var gb float64
	n := float64(len(data))
	for _, d := range data {
		e := m.Predict(d.X) - d.Y
		for i := range gw {
			gw[i] += 2 * e * d.X[i] / n
		}
		gb += 2 * e / n
	}
	for i := range m.W {
		m.W[i] -= lr * gw[i]
	}
	m.B -= lr * gb
}

func main() {
	var data []Sample
	for i := 0; i < 20; i++ {
		x1 := float64(i) / 10
		x2 := math.Sin(float64(i))
		y := 3*x1 - 2*x2 + 0.5
		data = append(data, Sample{X: []float64{x1, x2}, Y: y})
	}
	m := &Model{W: make([]float64, 2)}
	for epoch := 0; epoch <= 2000; epoch++ {
		if epoch%400 == 0 {
			fmt.Printf("epoch %4d loss %.6f w=[%.4f %.4f] b=%.4f\n", epoch, m.Loss(data), m.W[0], m.W[1], m.B)
		}
		m.Step(data, 0.1)
	}
	fmt.Printf("final: y = %.3f*x1 + %.3f*x2 + %.3f\n", m.W[0], m.W[1], m.B)
}

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
	var total float64
	for _, d := range data {
		e := m.Predict(d.X) - d.Y
		total += e * e
	}
	return total / float64(len(data))
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

func makeData() []Sample {
	var data []Sample
	for i := range 20 {
		x1 := float64(i) / 10
		x2 := float64((i*7)%11) / 5
		noise := 0.01 * float64((i*13)%5-2)
		data = append(data, Sample{[]float64{x1, x2}, 3*x1 - 2*x2 + 0.5 + noise})
	}
	return data
}

func main() {
	data := makeData()
	m := &Model{W: make([]float64, 2)}
	fmt.Printf("initial loss %.4f\n", m.Loss(data))
	for epoch := 1; epoch <= 2000; epoch++ {
		m.Step(data, 0.05)
		if epoch%500 == 0 {
			fmt.Printf("epoch %4d loss %.6f w=[%.3f %.3f] b=%.3f\n", epoch, m.Loss(data), m.W[0], m.W[1], m.B)
		}
	}
	fmt.Printf("predict(1,1) = %.3f (true %.3f)\n", m.Predict([]float64{1, 1}), 3.0-2+0.5)
	fmt.Println("close to truth:", math.Abs(m.W[0]-3) < 0.1, math.Abs(m.W[1]+2) < 0.1)
	var mean, sq float64
	for _, d := range data {
		mean += d.Y
	}
	mean /= float64(len(data))
	for _, d := range data {
		sq += (d.Y - mean) * (d.Y - mean)
	}
	r2 := 1 - m.Loss(data)*float64(len(data))/sq
	fmt.Printf("R^2 = %.5f\n", r2)
}

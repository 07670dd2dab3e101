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
	l := 0.0
	for _, s := range data {
		d := m.Predict(s.X) - s.Y
		l += d * d
	}
	return l / float64(len(data))
}

func (m *Model) Step(data []Sample, lr float64) {
	gw := make([]float64, len(m.W))
	gb := 0.0
	n := float64(len(data))
	for _, s := range data {
		d := m.Predict(s.X) - s.Y
		for i := range gw {
			gw[i] += 2 * d * s.X[i] / n
		}
		gb += 2 * d / n
	}
	for i := range m.W {
		m.W[i] -= lr * gw[i]
	}
	m.B -= lr * gb
}

type lcg struct{ state uint32 }

func (l *lcg) next() float64 {
	l.state = l.state*1664525 + 1013904223
	return float64(l.state>>8) / float64(1<<24)
}

func standardize(data []Sample) (mean, std []float64) {
	d := len(data[0].X)
	mean, std = make([]float64, d), make([]float64, d)
	for _, s := range data {
		for i, v := range s.X {
			mean[i] += v / float64(len(data))
		}
	}
	for _, s := range data {
		for i, v := range s.X {
			std[i] += (v - mean[i]) * (v - mean[i]) / float64(len(data))
		}
	}
	for i := range std {
		std[i] = math.Sqrt(std[i])
	}
	for _, s := range data {
		for i := range s.X {
			s.X[i] = (s.X[i] - mean[i]) / std[i]
		}
	}
	return
}

func main() {
	r := &lcg{42}
	var data []Sample
	for i := 0; i < 40; i++ {
		x1 := r.next()*10 - 5
		x2 := r.next() * 3
		noise := (r.next() - 0.5) * 0.2
		data = append(data, Sample{[]float64{x1, x2}, 3*x1 - 2*x2 + 1.5 + noise})
	}
	mean, std := standardize(data)
	fmt.Printf("mean=%.3f std=%.3f\n", mean, std)
	m := &Model{W: make([]float64, 2)}
	for epoch := 0; epoch <= 200; epoch++ {
		if epoch%40 == 0 {
			fmt.Printf("epoch %3d loss %.6f w=%.4f b=%.4f\n", epoch, m.Loss(data), m.W, m.B)
		}
		m.Step(data, 0.05)
	}
	w1, w2 := m.W[0]/std[0], m.W[1]/std[1]
	b := m.B - w1*mean[0] - w2*mean[1]
	fmt.Printf("recovered: y = %.2f*x1 %+.2f*x2 %+.2f\n", w1, w2, b)
	fmt.Printf("predict(2,1) = %.3f\n", m.Predict([]float64{(2 - mean[0]) / std[0], (1 - mean[1]) / std[1]}))
	fmt.Println(math.IsNaN(m.Loss(data)), m.Loss(data) < 0.01)
}

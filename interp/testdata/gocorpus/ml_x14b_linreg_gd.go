package main

import (
	"fmt"
	"math"
)

type Dataset struct {
	X [][]float64
	Y []float64
}

type Model struct {
	W []float64
	B float64
}

func (m *Model) Predict(x []float64) float64 {
	y := m.B
	for i, w := range m.W {
		y += w * x[i]
	}
	return y
}

func (m *Model) MSE(d Dataset) float64 {
	s := 0.0
	for i, x := range d.X {
		e := m.Predict(x) - d.Y[i]
		s += e * e
	}
	return s / float64(len(d.X))
}

func (m *Model) Fit(d Dataset, lr float64, epochs int, l2 float64, log func(int, float64)) {
	n := float64(len(d.X))
	for ep := range epochs {
		gw := make([]float64, len(m.W))
		gb := 0.0
		for i, x := range d.X {
			e := m.Predict(x) - d.Y[i]
			for j := range gw {
				gw[j] += 2 * e * x[j] / n
			}
			gb += 2 * e / n
		}
		for j := range m.W {
			m.W[j] -= lr * (gw[j] + l2*m.W[j])
		}
		m.B -= lr * gb
		if log != nil && (ep+1)%250 == 0 {
			log(ep+1, m.MSE(d))
		}
	}
}

func main() {
	// y = 3*x0 - 2*x1 + 0.5 with a deterministic wobble
	var d Dataset
	for i := range 20 {
		x0 := float64(i) / 10
		x1 := math.Sin(float64(i))
		d.X = append(d.X, []float64{x0, x1})
		d.Y = append(d.Y, 3*x0-2*x1+0.5+0.01*math.Cos(float64(7*i)))
	}
	for _, l2 := range []float64{0, 0.1} {
		m := &Model{W: make([]float64, 2)}
		m.Fit(d, 0.1, 1000, l2, func(ep int, mse float64) {
			fmt.Printf("  l2=%.1f epoch %4d mse %.6f\n", l2, ep, mse)
		})
		fmt.Printf("l2=%.1f w=[%.4f %.4f] b=%.4f\n", l2, m.W[0], m.W[1], m.B)
	}
}

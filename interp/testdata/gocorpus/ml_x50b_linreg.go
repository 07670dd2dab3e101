package main

import (
	"fmt"
	"math"
)

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func mse(m Model, xs, ys []float64) float64 {
	s := 0.0
	for i := range xs {
		e := m.Predict(xs[i]) - ys[i]
		s += e * e
	}
	return s / float64(len(xs))
}

func fit(xs, ys []float64, lr float64, epochs int, report func(int, Model, float64)) Model {
	var m Model
	n := float64(len(xs))
	for ep := 1; ep <= epochs; ep++ {
		var gw, gb float64
		for i := range xs {
			e := m.Predict(xs[i]) - ys[i]
			gw += 2 * e * xs[i] / n
			gb += 2 * e / n
		}
		m.W -= lr * gw
		m.B -= lr * gb
		if ep%200 == 0 || ep == 1 {
			report(ep, m, mse(m, xs, ys))
		}
	}
	return m
}

func main() {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	ys := []float64{2.9, 5.1, 7.2, 8.8, 11.1, 13.0, 15.2, 16.9}
	fmt.Printf("%6s %10s %10s %12s\n", "epoch", "w", "b", "mse")
	m := fit(xs, ys, 0.01, 1000, func(ep int, m Model, l float64) {
		fmt.Printf("%6d %10.5f %10.5f %12.6f\n", ep, m.W, m.B, l)
	})
	var sx, sy, sxy, sxx float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxy += xs[i] * ys[i]
		sxx += xs[i] * xs[i]
	}
	n := float64(len(xs))
	w := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	b := (sy - w*sx) / n
	fmt.Printf("closed form: w=%.5f b=%.5f\n", w, b)
	fmt.Printf("gd vs closed: dw=%.2e db=%.2e\n", math.Abs(m.W-w), math.Abs(m.B-b))
	fmt.Printf("%+v %T\n", m, m)
	mean := sy / n
	var ssTot, ssRes float64
	for i := range xs {
		ssTot += (ys[i] - mean) * (ys[i] - mean)
		r := ys[i] - m.Predict(xs[i])
		ssRes += r * r
	}
	fmt.Printf("R^2 = %.6f\n", 1-ssRes/ssTot)
}

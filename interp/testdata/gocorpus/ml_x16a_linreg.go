package main

import (
	"fmt"
	"math"
)

type Model struct {
	W, B float64
	lr   float64
}

func NewModel(lr float64) *Model { return &Model{lr: lr} }

func (m *Model) Predict(x float64) float64 { return m.W*x + m.B }

func (m *Model) Loss(xs, ys []float64) float64 {
	s := 0.0
	for i := range xs {
		d := m.Predict(xs[i]) - ys[i]
		s += d * d
	}
	return s / float64(len(xs))
}

func (m *Model) Step(xs, ys []float64) {
	var gw, gb float64
	n := float64(len(xs))
	for i, x := range xs {
		d := m.Predict(x) - ys[i]
		gw += 2 * d * x / n
		gb += 2 * d / n
	}
	m.W -= m.lr * gw
	m.B -= m.lr * gb
}

type Matrix [][]float64

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func softmax(xs []float64) []float64 {
	mx := math.Inf(-1)
	for _, x := range xs {
		mx = math.Max(mx, x)
	}
	out := make([]float64, len(xs))
	sum := 0.0
	for i, x := range xs {
		out[i] = math.Exp(x - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func main() {
	xs := []float64{0, 1, 2, 3, 4, 5}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = 3*x + 1
	}
	m := NewModel(0.02)
	for epoch := 0; epoch <= 2000; epoch++ {
		if epoch%500 == 0 {
			fmt.Printf("epoch %4d loss %.6f w=%.4f b=%.4f\n", epoch, m.Loss(xs, ys), m.W, m.B)
		}
		m.Step(xs, ys)
	}
	fmt.Printf("predict(10)=%.3f\n", m.Predict(10))
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0, 1}, {1, 0}}
	fmt.Println(a.Mul(b), a.Mul(a))
	p := softmax([]float64{1, 2, 3})
	for _, v := range p {
		fmt.Printf("%.4f ", v)
	}
	fmt.Println()
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Round(2.5), math.MaxInt64, math.NaN() == math.NaN())
}

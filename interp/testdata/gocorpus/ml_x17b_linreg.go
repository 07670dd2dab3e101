package main

import (
	"fmt"
	"math"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

type Model struct {
	W    Vec
	B    float64
	LR   float64
	Loss []float64
}

func (m *Model) Predict(x Vec) float64 { return m.W.Dot(x) + m.B }

func (m *Model) Step(xs []Vec, ys []float64) float64 {
	gw := make(Vec, len(m.W))
	gb, loss := 0.0, 0.0
	n := float64(len(xs))
	for i, x := range xs {
		err := m.Predict(x) - ys[i]
		loss += err * err / n
		for j := range gw {
			gw[j] += 2 * err * x[j] / n
		}
		gb += 2 * err / n
	}
	for j := range m.W {
		m.W[j] -= m.LR * gw[j]
	}
	m.B -= m.LR * gb
	m.Loss = append(m.Loss, loss)
	return loss
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	var xs []Vec
	var ys []float64
	for i := 0; i < 10; i++ {
		x := Vec{float64(i) / 10, float64(i%3) / 3}
		xs = append(xs, x)
		ys = append(ys, 3*x[0]-2*x[1]+0.5)
	}
	m := &Model{W: make(Vec, 2), LR: 0.5}
	for epoch := 0; epoch < 500; epoch++ {
		l := m.Step(xs, ys)
		if epoch%100 == 0 {
			fmt.Printf("epoch %3d loss %.6f\n", epoch, l)
		}
	}
	fmt.Printf("w=[%.3f %.3f] b=%.3f\n", m.W[0], m.W[1], m.B)
	fmt.Printf("pred %.3f want %.3f\n", m.Predict(Vec{0.5, 0.5}), 3*0.5-2*0.5+0.5)
	fmt.Println(len(m.Loss), m.Loss[len(m.Loss)-1] < 1e-3)
	for _, z := range []float64{-2, 0, 2} {
		fmt.Printf("%.4f ", sigmoid(z))
	}
	fmt.Println()
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.Pi)
	fmt.Printf("%.3e %v %v\n", math.SmallestNonzeroFloat64, math.Sqrt(-1), 0.1+0.2)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), math.Float64bits(1.0))
	fmt.Println(math.Round(2.5), math.Floor(-1.5), math.Trunc(-1.5), math.Mod(7, -3), 7%-3, -7/2)
}

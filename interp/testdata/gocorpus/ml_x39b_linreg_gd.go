package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

type Dataset struct {
	X [][]float64
	Y []float64
}

func synth(n int, rng *rand.Rand) Dataset {
	var d Dataset
	for i := 0; i < n; i++ {
		x1 := rng.Float64()*10 - 5
		x2 := rng.Float64() * 3
		noise := rng.NormFloat64() * 0.1
		d.X = append(d.X, []float64{1, x1, x2})
		d.Y = append(d.Y, 2.0+3.0*x1-1.5*x2+noise)
	}
	return d
}

type Model struct {
	W       Vec
	History []float64
}

func (m *Model) Predict(x []float64) float64 { return m.W.Dot(x) }

func (m *Model) MSE(d Dataset) float64 {
	s := 0.0
	for i, x := range d.X {
		e := m.Predict(x) - d.Y[i]
		s += e * e
	}
	return s / float64(len(d.X))
}

func (m *Model) Fit(d Dataset, lr float64, epochs int) {
	n := float64(len(d.X))
	grad := make(Vec, len(m.W))
	for ep := 0; ep < epochs; ep++ {
		clear(grad)
		for i, x := range d.X {
			e := m.Predict(x) - d.Y[i]
			for j := range grad {
				grad[j] += 2 * e * x[j] / n
			}
		}
		for j := range m.W {
			m.W[j] -= lr * grad[j]
		}
		if ep%50 == 0 {
			m.History = append(m.History, m.MSE(d))
		}
	}
}

func r2(m *Model, d Dataset) float64 {
	mean := 0.0
	for _, y := range d.Y {
		mean += y
	}
	mean /= float64(len(d.Y))
	var ssRes, ssTot float64
	for i, x := range d.X {
		ssRes += math.Pow(d.Y[i]-m.Predict(x), 2)
		ssTot += math.Pow(d.Y[i]-mean, 2)
	}
	return 1 - ssRes/ssTot
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	train := synth(200, rng)
	test := synth(50, rng)
	m := &Model{W: make(Vec, 3)}
	m.Fit(train, 0.02, 400)
	fmt.Printf("weights: [%.2f %.2f %.2f]\n", m.W[0], m.W[1], m.W[2])
	for i, h := range m.History {
		fmt.Printf("epoch %3d mse=%.4f\n", i*50, h)
	}
	fmt.Printf("test mse=%.4f r2=%.4f\n", m.MSE(test), r2(m, test))
	decreasing := true
	for i := 1; i < len(m.History); i++ {
		if m.History[i] > m.History[i-1] {
			decreasing = false
		}
	}
	fmt.Println("monotone:", decreasing, math.IsNaN(m.MSE(test)))
	fmt.Printf("pred(1, 2)=%.3f\n", m.Predict([]float64{1, 1, 2}))
}

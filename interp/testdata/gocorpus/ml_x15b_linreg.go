package main

import (
	"fmt"
	"math"
	"math/rand"
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
	var s float64
	for _, d := range data {
		e := m.Predict(d.X) - d.Y
		s += e * e
	}
	return s / float64(len(data))
}

func (m *Model) Step(data []Sample, lr float64) {
	gw := make([]float64, len(m.W))
	var gb float64
	for _, d := range data {
		e := m.Predict(d.X) - d.Y
		for i := range gw {
			gw[i] += 2 * e * d.X[i]
		}
		gb += 2 * e
	}
	n := float64(len(data))
	for i := range m.W {
		m.W[i] -= lr * gw[i] / n
	}
	m.B -= lr * gb / n
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func main() {
	rng := rand.New(rand.NewSource(42))
	var data []Sample
	for i := 0; i < 50; i++ {
		x1, x2 := rng.Float64()*4-2, rng.Float64()*4-2
		noise := rng.NormFloat64() * 0.1
		data = append(data, Sample{[]float64{x1, x2}, 3*x1 - 2*x2 + 0.5 + noise})
	}
	m := &Model{W: make([]float64, 2)}
	for epoch := 0; epoch <= 300; epoch++ {
		if epoch%60 == 0 {
			fmt.Printf("epoch %3d loss %.6f\n", epoch, m.Loss(data))
		}
		m.Step(data, 0.05)
	}
	fmt.Printf("w=[%.3f %.3f] b=%.3f\n", m.W[0], m.W[1], m.B)

	// logistic regression on 1-D data
	xs := []float64{-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3}
	ys := []float64{0, 0, 0, 1, 0, 1, 0, 1, 1, 1}
	w, b := 0.0, 0.0
	for it := 0; it < 2000; it++ {
		var gw, gb float64
		for i, x := range xs {
			p := sigmoid(w*x + b)
			gw += (p - ys[i]) * x
			gb += p - ys[i]
		}
		w -= 0.1 * gw / float64(len(xs))
		b -= 0.1 * gb / float64(len(xs))
	}
	fmt.Printf("logit w=%.4f b=%.4f\n", w, b)
	correct := 0
	for i, x := range xs {
		pred := 0.0
		if sigmoid(w*x+b) >= 0.5 {
			pred = 1
		}
		if pred == ys[i] {
			correct++
		}
	}
	fmt.Printf("accuracy %d/%d, p(0.25)=%.4f\n", correct, len(xs), sigmoid(w*0.25+b))
	fmt.Println(rng.Intn(1000), rng.Perm(5))
}

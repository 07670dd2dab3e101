package main

import (
	"fmt"
	"math"
)

type Optimizer interface {
	Step(params, grads []float64)
}

type SGD struct{ LR float64 }

func (s SGD) Step(p, g []float64) {
	for i := range p {
		p[i] -= s.LR * g[i]
	}
}

type Momentum struct {
	LR, Beta float64
	v        []float64
}

func (m *Momentum) Step(p, g []float64) {
	if m.v == nil {
		m.v = make([]float64, len(p))
	}
	for i := range p {
		m.v[i] = m.Beta*m.v[i] + g[i]
		p[i] -= m.LR * m.v[i]
	}
}

// Rosenbrock-like bowl
func loss(p []float64) float64 {
	return (1-p[0])*(1-p[0]) + 5*(p[1]-p[0]*p[0])*(p[1]-p[0]*p[0])
}

func grad(p []float64) []float64 {
	a := p[1] - p[0]*p[0]
	return []float64{-2*(1-p[0]) - 20*a*p[0], 10 * a}
}

func main() {
	opts := []struct {
		name string
		opt  Optimizer
	}{
		{"sgd", SGD{0.02}},
		{"momentum", &Momentum{LR: 0.01, Beta: 0.9}},
	}
	for _, o := range opts {
		p := []float64{-1, 1}
		for step := 0; step <= 300; step++ {
			if step%100 == 0 {
				fmt.Printf("%-8s step %3d loss %.6f p=[%.4f %.4f]\n", o.name, step, loss(p), p[0], p[1])
			}
			o.opt.Step(p, grad(p))
		}
		g := grad(p)
		fmt.Printf("%-8s final |grad| = %.3e\n", o.name, math.Hypot(g[0], g[1]))
	}
}

package main

import (
	"fmt"
	"math"
)

type Optimizer interface {
	Step(params, grads []float64)
	Name() string
}

type SGD struct{ LR float64 }

func (s *SGD) Step(p, g []float64) {
	for i := range p {
		p[i] -= s.LR * g[i]
	}
}
func (s *SGD) Name() string { return "sgd" }

type Momentum struct {
	LR, Beta float64
	vel      []float64
}

func (m *Momentum) Step(p, g []float64) {
	if m.vel == nil {
		m.vel = make([]float64, len(p))
	}
	for i := range p {
		m.vel[i] = m.Beta*m.vel[i] + g[i]
		p[i] -= m.LR * m.vel[i]
	}
}
func (m *Momentum) Name() string { return "momentum" }

type Adam struct {
	LR, B1, B2, Eps float64
	m, v            []float64
	t               int
}

func (a *Adam) Step(p, g []float64) {
	if a.m == nil {
		a.m, a.v = make([]float64, len(p)), make([]float64, len(p))
	}
	a.t++
	for i := range p {
		a.m[i] = a.B1*a.m[i] + (1-a.B1)*g[i]
		a.v[i] = a.B2*a.v[i] + (1-a.B2)*g[i]*g[i]
		mh := a.m[i] / (1 - math.Pow(a.B1, float64(a.t)))
		vh := a.v[i] / (1 - math.Pow(a.B2, float64(a.t)))
		p[i] -= a.LR * mh / (math.Sqrt(vh) + a.Eps)
	}
}
func (a *Adam) Name() string { return "adam" }

// f(x,y) = (x-3)^2 + 10*(y+1)^2
func loss(p []float64) float64 { return (p[0]-3)*(p[0]-3) + 10*(p[1]+1)*(p[1]+1) }
func grad(p []float64) []float64 {
	return []float64{2 * (p[0] - 3), 20 * (p[1] + 1)}
}

func main() {
	opts := []Optimizer{
		&SGD{LR: 0.04},
		&Momentum{LR: 0.02, Beta: 0.9},
		&Adam{LR: 0.1, B1: 0.9, B2: 0.999, Eps: 1e-8},
	}
	for _, o := range opts {
		p := []float64{0, 0}
		for step := 1; step <= 200; step++ {
			o.Step(p, grad(p))
			if step%50 == 0 {
				fmt.Printf("%-8s step %3d loss=%.4f p=[%.4f %.4f]\n", o.Name(), step, loss(p), p[0], p[1])
			}
		}
	}
	if m, ok := opts[1].(*Momentum); ok {
		fmt.Printf("vel=[%.4f %.4f]\n", m.vel[0], m.vel[1])
	}
	fmt.Printf("%T %T\n", opts[0], opts[2])
}

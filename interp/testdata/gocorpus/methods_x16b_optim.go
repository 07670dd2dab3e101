package main

import (
	"fmt"
	"math"
)

type Param struct {
	Name string
	W, G []float64
}

type Optimizer interface {
	Step(ps []*Param)
}

type SGD struct{ LR float64 }

func (o SGD) Step(ps []*Param) {
	for _, p := range ps {
		for i := range p.W {
			p.W[i] -= o.LR * p.G[i]
		}
	}
}

type Momentum struct {
	SGD
	Mu float64
	v  map[string][]float64
}

func (o *Momentum) Step(ps []*Param) {
	if o.v == nil {
		o.v = map[string][]float64{}
	}
	for _, p := range ps {
		v, ok := o.v[p.Name]
		if !ok {
			v = make([]float64, len(p.W))
			o.v[p.Name] = v
		}
		for i := range p.W {
			v[i] = o.Mu*v[i] - o.LR*p.G[i]
			p.W[i] += v[i]
		}
	}
}

type Adam struct {
	LR, B1, B2, Eps float64
	t               int
	m, v            map[*Param][]float64
}

func (a *Adam) Step(ps []*Param) {
	if a.m == nil {
		a.m, a.v = map[*Param][]float64{}, map[*Param][]float64{}
	}
	a.t++
	for _, p := range ps {
		if a.m[p] == nil {
			a.m[p] = make([]float64, len(p.W))
			a.v[p] = make([]float64, len(p.W))
		}
		m, v := a.m[p], a.v[p]
		for i, g := range p.G {
			m[i] = a.B1*m[i] + (1-a.B1)*g
			v[i] = a.B2*v[i] + (1-a.B2)*g*g
			mh := m[i] / (1 - math.Pow(a.B1, float64(a.t)))
			vh := v[i] / (1 - math.Pow(a.B2, float64(a.t)))
			p.W[i] -= a.LR * mh / (math.Sqrt(vh) + a.Eps)
		}
	}
}

// rosenbrock-like bowl
func lossGrad(p *Param) float64 {
	x, y := p.W[0], p.W[1]
	p.G[0] = 2*(x-1) + 4*x*(x*x-y)
	p.G[1] = -2*(x*x-y) + 0.2*y
	return (x-1)*(x-1) + (x*x-y)*(x*x-y) + 0.1*y*y
}

func main() {
	opts := []struct {
		name string
		o    Optimizer
	}{
		{"sgd", SGD{0.05}},
		{"momentum", &Momentum{SGD: SGD{0.02}, Mu: 0.8}},
		{"adam", &Adam{LR: 0.1, B1: 0.9, B2: 0.999, Eps: 1e-8}},
	}
	for _, o := range opts {
		p := &Param{Name: "xy", W: []float64{-1, 1}, G: make([]float64, 2)}
		var l float64
		for it := range 200 {
			l = lossGrad(p)
			if it%50 == 0 {
				fmt.Printf("%-8s it %3d loss %.6f\n", o.name, it, l)
			}
			o.o.Step([]*Param{p})
		}
		fmt.Printf("%-8s final (%.4f, %.4f) loss %.6f\n", o.name, p.W[0], p.W[1], lossGrad(p))
	}
	m := &Momentum{SGD: SGD{LR: 0.5}}
	fmt.Println(m.LR, len(m.v))
}

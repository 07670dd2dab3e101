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

func (o *SGD) Step(p, g []float64) {
	for i := range p {
		p[i] -= o.LR * g[i]
	}
}
func (o *SGD) Name() string { return "sgd" }

type Momentum struct {
	LR, Beta float64
	v        []float64
}

func (o *Momentum) Step(p, g []float64) {
	if o.v == nil {
		o.v = make([]float64, len(p))
	}
	for i := range p {
		o.v[i] = o.Beta*o.v[i] + g[i]
		p[i] -= o.LR * o.v[i]
	}
}
func (o *Momentum) Name() string { return "momentum" }

type Adam struct {
	LR, B1, B2, Eps float64
	m, v            []float64
	t               int
}

func (o *Adam) Step(p, g []float64) {
	if o.m == nil {
		o.m, o.v = make([]float64, len(p)), make([]float64, len(p))
	}
	o.t++
	for i := range p {
		o.m[i] = o.B1*o.m[i] + (1-o.B1)*g[i]
		o.v[i] = o.B2*o.v[i] + (1-o.B2)*g[i]*g[i]
		mh := o.m[i] / (1 - math.Pow(o.B1, float64(o.t)))
		vh := o.v[i] / (1 - math.Pow(o.B2, float64(o.t)))
		p[i] -= o.LR * mh / (math.Sqrt(vh) + o.Eps)
	}
}
func (o *Adam) Name() string { return "adam" }

func quad(p []float64) (float64, []float64) {
	// f = 3(x-1)^2 + 0.5(y+2)^2 + xy/4
	x, y := p[0], p[1]
	f := 3*(x-1)*(x-1) + 0.5*(y+2)*(y+2) + x*y/4
	return f, []float64{6*(x-1) + y/4, (y + 2) + x/4}
}

func run[O Optimizer](o O, steps int) []float64 {
	p := []float64{-3, 4}
	var f float64
	for i := 0; i < steps; i++ {
		var g []float64
		f, g = quad(p)
		o.Step(p, g)
	}
	fmt.Printf("%-8s f=%.6f p=[%.4f %.4f]\n", o.Name(), f, p[0], p[1])
	return p
}

func main() {
	opts := []Optimizer{
		&SGD{LR: 0.05},
		&Momentum{LR: 0.02, Beta: 0.9},
		&Adam{LR: 0.1, B1: 0.9, B2: 0.999, Eps: 1e-8},
	}
	for _, o := range opts {
		run(o, 100)
	}
	a := &Adam{LR: 0.1, B1: 0.9, B2: 0.999, Eps: 1e-8}
	run(a, 10)
	fmt.Println("adam t =", a.t)
}

// Exercises: SGD, momentum and Adam as Optimizer implementations with value and pointer receivers, minimizing a quadratic
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

func (o SGD) Step(p, g []float64) {
	for i := range p {
		p[i] -= o.LR * g[i]
	}
}
func (o SGD) Name() string { return "sgd" }

type Momentum struct {
	LR, Beta float64
	v        []float64
}

func (o *Momentum) Step(p, g []float64) {
	for i := range p {
		if o.v == nil {
			o.v = make([]float64, len(p))
		}
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
	if o.t++; o.m == nil {
		o.m, o.v = make([]float64, len(p)), make([]float64, len(p))
	}
	for i := range p {
		o.m[i] = o.B1*o.m[i] + (1-o.B1)*g[i]
		o.v[i] = o.B2*o.v[i] + (1-o.B2)*g[i]*g[i]
		mh, vh := o.m[i]/(1-math.Pow(o.B1, float64(o.t))), o.v[i]/(1-math.Pow(o.B2, float64(o.t)))
		p[i] -= o.LR * mh / (math.Sqrt(vh) + o.Eps)
	}
}
func (o *Adam) Name() string { return "adam" }

func main() {
	opts := []Optimizer{SGD{0.05}, &Momentum{LR: 0.05, Beta: 0.9}, &Adam{LR: 0.1, B1: 0.9, B2: 0.999, Eps: 1e-8}}
	for _, o := range opts {
		p := []float64{3, -2}
		for it := 0; it < 100; it++ {
			o.Step(p, []float64{2 * p[0], 20 * p[1]}) // f = x^2 + 10 y^2
		}
		fmt.Printf("%-8s x=%+.5f y=%+.5f f=%.3e\n", o.Name(), p[0], p[1], p[0]*p[0]+10*p[1]*p[1])
	}
	m, ok := opts[1].(*Momentum)
	fmt.Println("momentum velocity", len(m.v), ok)
	sgd, isSGD := opts[0].(SGD)
	fmt.Println(isSGD, sgd.LR)
}

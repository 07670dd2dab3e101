package main

import (
	"fmt"
	"math"
)

type Optimizer interface {
	Step(params, grads []float64)
	Name() string
}

type SGD struct {
	LR, Momentum float64
	v            []float64
}

func (o *SGD) Name() string { return fmt.Sprintf("SGD(lr=%g,m=%g)", o.LR, o.Momentum) }
func (o *SGD) Step(p, g []float64) {
	if o.v == nil {
		o.v = make([]float64, len(p))
	}
	for i := range p {
		o.v[i] = o.Momentum*o.v[i] - o.LR*g[i]
		p[i] += o.v[i]
	}
}

type Adam struct {
	LR, B1, B2, Eps float64
	m, v            []float64
	t               int
}

func (o *Adam) Name() string { return "Adam" }
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

// Rosenbrock function
func rosen(p []float64) (float64, []float64) {
	x, y := p[0], p[1]
	f := (1-x)*(1-x) + 100*(y-x*x)*(y-x*x)
	return f, []float64{-2*(1-x) - 400*x*(y-x*x), 200 * (y - x*x)}
}

func main() {
	opts := []Optimizer{
		&SGD{LR: 0.001},
		&SGD{LR: 0.001, Momentum: 0.9},
		&Adam{LR: 0.02, B1: 0.9, B2: 0.999, Eps: 1e-8},
	}
	for _, o := range opts {
		p := []float64{-1.5, 2}
		var f float64
		for it := 1; it <= 2000; it++ {
			var g []float64
			f, g = rosen(p)
			o.Step(p, g)
			if it%500 == 0 {
				fmt.Printf("%-18s it=%4d f=%.6f p=(%.4f, %.4f)\n", o.Name(), it, f, p[0], p[1])
			}
		}
		_ = f
	}
}

// Exercises: optimizer interface with SGD, momentum and Adam structs, state in pointer receivers, %.4f loss log
package main

import (
	"fmt"
	"math"
)

type Optimizer interface{ Step(w, g []float64) }
type SGD struct{ LR float64 }

func (o SGD) Step(w, g []float64) {
	for i := range w {
		w[i] -= o.LR * g[i]
	}
}

type Momentum struct{ LR, Mu, v []float64 }

func (o *Momentum) Step(w, g []float64) {
	o.v = append(o.v, make([]float64, len(w)-len(o.v))...)
	for i := range w {
		o.v[i] = o.Mu[0]*o.v[i] - o.LR[0]*g[i]
		w[i] += o.v[i]
	}
}

type Adam struct {
	LR, B1, B2, Eps float64
	m, v            []float64
	t               int
}

func (o *Adam) Step(w, g []float64) {
	if o.t++; o.m == nil {
		o.m, o.v = make([]float64, len(w)), make([]float64, len(w))
	}
	for i := range w {
		o.m[i] = o.B1*o.m[i] + (1-o.B1)*g[i]
		o.v[i] = o.B2*o.v[i] + (1-o.B2)*g[i]*g[i]
		mh, vh := o.m[i]/(1-math.Pow(o.B1, float64(o.t))), o.v[i]/(1-math.Pow(o.B2, float64(o.t)))
		w[i] -= o.LR * mh / (math.Sqrt(vh) + o.Eps)
	}
}

func main() {
	// loss = (w0-3)^2 + 10*(w1+1)^2
	opts := []Optimizer{SGD{0.04}, &Momentum{LR: []float64{0.02}, Mu: []float64{0.9}}, &Adam{LR: 0.3, B1: 0.9, B2: 0.999, Eps: 1e-8}}
	for _, opt := range opts {
		w := []float64{0, 0}
		for it := range 41 {
			g := []float64{2 * (w[0] - 3), 20 * (w[1] + 1)}
			if it%10 == 0 {
				fmt.Printf("%T it=%d loss=%.4f\n", opt, it, (w[0]-3)*(w[0]-3)+10*(w[1]+1)*(w[1]+1))
			}
			opt.Step(w, g)
		}
	}
}

package main

import (
	"fmt"
	"math"
	"sort"
)

type Optimizer interface {
	Update(w, dw []float64)
	Name() string
}

type SGD struct{ LR float64 }

func (o *SGD) Update(w, dw []float64) {
	for i := range w {
		w[i] -= o.LR * dw[i]
	}
}
func (o *SGD) Name() string { return "sgd" }

type Momentum struct {
	LR, Mu float64
	v      []float64
}

func (o *Momentum) Update(w, dw []float64) {
	if o.v == nil {
		o.v = make([]float64, len(w))
	}
	for i := range w {
		o.v[i] = o.Mu*o.v[i] - o.LR*dw[i]
		w[i] += o.v[i]
	}
}
func (o *Momentum) Name() string { return "sgd_momentum" }

type RMSProp struct {
	LR, Decay, Eps float64
	cache          []float64
}

func (o *RMSProp) Update(w, dw []float64) {
	if o.cache == nil {
		o.cache = make([]float64, len(w))
	}
	for i := range w {
		o.cache[i] = o.Decay*o.cache[i] + (1-o.Decay)*dw[i]*dw[i]
		w[i] -= o.LR * dw[i] / (math.Sqrt(o.cache[i]) + o.Eps)
	}
}
func (o *RMSProp) Name() string { return "rmsprop" }

type Adam struct {
	LR, B1, B2, Eps float64
	m, v            []float64
	t               int
}

func (o *Adam) Update(w, dw []float64) {
	if o.m == nil {
		o.m, o.v = make([]float64, len(w)), make([]float64, len(w))
	}
	o.t++
	for i := range w {
		o.m[i] = o.B1*o.m[i] + (1-o.B1)*dw[i]
		o.v[i] = o.B2*o.v[i] + (1-o.B2)*dw[i]*dw[i]
		mh := o.m[i] / (1 - math.Pow(o.B1, float64(o.t)))
		vh := o.v[i] / (1 - math.Pow(o.B2, float64(o.t)))
		w[i] -= o.LR * mh / (math.Sqrt(vh) + o.Eps)
	}
}
func (o *Adam) Name() string { return "adam" }

// rosenbrock returns value and gradient.
func rosenbrock(w []float64) (float64, []float64) {
	x, y := w[0], w[1]
	f := (1-x)*(1-x) + 100*(y-x*x)*(y-x*x)
	return f, []float64{-2*(1-x) - 400*x*(y-x*x), 200 * (y - x*x)}
}

func main() {
	opts := []Optimizer{
		&SGD{LR: 1e-3},
		&Momentum{LR: 1e-3, Mu: 0.9},
		&RMSProp{LR: 1e-2, Decay: 0.99, Eps: 1e-8},
		&Adam{LR: 5e-2, B1: 0.9, B2: 0.999, Eps: 1e-8},
	}
	final := map[string]float64{}
	for _, o := range opts {
		w := []float64{-1.5, 2}
		for it := 1; it <= 500; it++ {
			_, g := rosenbrock(w)
			o.Update(w, g)
		}
		f, _ := rosenbrock(w)
		final[o.Name()] = f
		fmt.Printf("%-13s %T w=[%.4f %.4f] f=%.6f\n", o.Name(), o, w[0], w[1], f)
	}
	names := make([]string, 0, len(final))
	for k := range final {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return final[names[i]] < final[names[j]] })
	fmt.Println("ranking:", names)
	if a, ok := opts[3].(*Adam); ok {
		fmt.Println("adam steps:", a.t)
	}
}

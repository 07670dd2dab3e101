package main

import (
	"fmt"
	"math"
)

type Param struct {
	Name string
	W, G float64
}

type Optimizer interface {
	Step(ps []*Param)
	fmt.Stringer
}

type SGD struct{ LR float64 }

func (o SGD) Step(ps []*Param) {
	for _, p := range ps {
		p.W -= o.LR * p.G
	}
}
func (o SGD) String() string { return fmt.Sprintf("SGD(lr=%g)", o.LR) }

type Momentum struct {
	LR, Beta float64
	v        map[string]float64
}

func (o *Momentum) Step(ps []*Param) {
	if o.v == nil {
		o.v = map[string]float64{}
	}
	for _, p := range ps {
		o.v[p.Name] = o.Beta*o.v[p.Name] + p.G
		p.W -= o.LR * o.v[p.Name]
	}
}
func (o *Momentum) String() string { return fmt.Sprintf("Momentum(lr=%g, beta=%g)", o.LR, o.Beta) }

type funcOpt struct {
	name string
	step func([]*Param)
}

func (f funcOpt) Step(ps []*Param) { f.step(ps) }
func (f funcOpt) String() string   { return f.name }

func Adam(lr float64) Optimizer {
	m, v := map[string]float64{}, map[string]float64{}
	t := 0
	const b1, b2, eps = 0.9, 0.999, 1e-8
	return funcOpt{"Adam", func(ps []*Param) {
		t++
		for _, p := range ps {
			m[p.Name] = b1*m[p.Name] + (1-b1)*p.G
			v[p.Name] = b2*v[p.Name] + (1-b2)*p.G*p.G
			mh := m[p.Name] / (1 - math.Pow(b1, float64(t)))
			vh := v[p.Name] / (1 - math.Pow(b2, float64(t)))
			p.W -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}}
}

// Rosenbrock-ish bowl: f(x,y) = (x-1)^2 + 10(y+2)^2
func lossAndGrad(ps []*Param) float64 {
	x, y := ps[0], ps[1]
	x.G = 2 * (x.W - 1)
	y.G = 20 * (y.W + 2)
	return (x.W-1)*(x.W-1) + 10*(y.W+2)*(y.W+2)
}

func main() {
	opts := []Optimizer{SGD{0.04}, &Momentum{LR: 0.02, Beta: 0.9}, Adam(0.3)}
	for _, opt := range opts {
		ps := []*Param{{Name: "x", W: -2}, {Name: "y", W: 2}}
		var hist []string
		for i := 0; i < 60; i++ {
			l := lossAndGrad(ps)
			if i%15 == 0 {
				hist = append(hist, fmt.Sprintf("%.3f", l))
			}
			opt.Step(ps)
		}
		fmt.Printf("%-26v final loss %.6f x=%.4f y=%.4f hist=%v\n", opt, lossAndGrad(ps), ps[0].W, ps[1].W, hist)
	}
}

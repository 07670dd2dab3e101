package main

import (
	"fmt"
	"math"
)

type Schedule func(step int) float64

func Constant(lr float64) Schedule { return func(int) float64 { return lr } }

func StepDecay(lr, factor float64, every int) Schedule {
	return func(step int) float64 {
		return lr * math.Pow(factor, float64(step/every))
	}
}

func Cosine(lr float64, total int) Schedule {
	return func(step int) float64 {
		return lr * 0.5 * (1 + math.Cos(math.Pi*float64(step)/float64(total)))
	}
}

func (s Schedule) Describe(steps ...int) string {
	out := ""
	for i, st := range steps {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%.4f", s(st))
	}
	return out
}

type Optimizer interface {
	Update(params, grads []float64, step int)
}

type SGD struct {
	LR       Schedule
	Momentum float64
	vel      []float64
}

func (o *SGD) Update(p, g []float64, step int) {
	if o.vel == nil {
		o.vel = make([]float64, len(p))
	}
	for i := range p {
		o.vel[i] = o.Momentum*o.vel[i] - o.LR(step)*g[i]
		p[i] += o.vel[i]
	}
}

type Adam struct {
	LR          Schedule
	B1, B2, Eps float64
	m, v        []float64
}

func (o *Adam) Update(p, g []float64, step int) {
	if o.m == nil {
		o.m, o.v = make([]float64, len(p)), make([]float64, len(p))
	}
	t := float64(step + 1)
	for i := range p {
		o.m[i] = o.B1*o.m[i] + (1-o.B1)*g[i]
		o.v[i] = o.B2*o.v[i] + (1-o.B2)*g[i]*g[i]
		mh := o.m[i] / (1 - math.Pow(o.B1, t))
		vh := o.v[i] / (1 - math.Pow(o.B2, t))
		p[i] -= o.LR(step) * mh / (math.Sqrt(vh) + o.Eps)
	}
}

// rosenbrock returns f(x, y) and its gradient.
func rosenbrock(p []float64) (float64, []float64) {
	x, y := p[0], p[1]
	f := (1-x)*(1-x) + 100*(y-x*x)*(y-x*x)
	return f, []float64{-2*(1-x) - 400*x*(y-x*x), 200 * (y - x*x)}
}

func run(name string, opt Optimizer, steps int) {
	p := []float64{-1.2, 1}
	var f float64
	var g []float64
	for s := 0; s < steps; s++ {
		f, g = rosenbrock(p)
		opt.Update(p, g, s)
	}
	f, _ = rosenbrock(p)
	fmt.Printf("%-14s f=%10.6f at (%.4f, %.4f)\n", name, f, p[0], p[1])
}

func main() {
	sched := map[string]Schedule{
		"const": Constant(0.01),
		"step":  StepDecay(0.01, 0.5, 100),
		"cos":   Cosine(0.01, 400),
	}
	for _, k := range []string{"const", "step", "cos"} {
		fmt.Printf("%-5s %s\n", k, sched[k].Describe(0, 100, 200, 399))
	}
	run("sgd", &SGD{LR: Constant(0.001)}, 2000)
	run("sgd+momentum", &SGD{LR: Constant(0.001), Momentum: 0.9}, 2000)
	run("adam", &Adam{LR: Constant(0.02), B1: 0.9, B2: 0.999, Eps: 1e-8}, 2000)
	run("adam+cos", &Adam{LR: Cosine(0.05, 2000), B1: 0.9, B2: 0.999, Eps: 1e-8}, 2000)
	warm := func(base Schedule, n int) Schedule {
		return func(s int) float64 {
			if s < n {
				return base(s) * float64(s+1) / float64(n)
			}
			return base(s)
		}
	}
	fmt.Println(warm(Constant(0.1), 4).Describe(0, 1, 2, 3, 4, 5))
}

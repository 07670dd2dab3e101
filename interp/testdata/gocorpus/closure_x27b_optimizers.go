package main

import (
	"fmt"
	"math"
)

type Optimizer func(grad []float64) []float64

func SGD(lr float64) Optimizer {
	return func(g []float64) []float64 {
		d := make([]float64, len(g))
		for i := range g {
			d[i] = -lr * g[i]
		}
		return d
	}
}

func Momentum(lr, beta float64) Optimizer {
	var v []float64
	return func(g []float64) []float64 {
		if v == nil {
			v = make([]float64, len(g))
		}
		d := make([]float64, len(g))
		for i := range g {
			v[i] = beta*v[i] + g[i]
			d[i] = -lr * v[i]
		}
		return d
	}
}

func Adam(lr, b1, b2 float64) Optimizer {
	var m, s []float64
	t := 0
	return func(g []float64) []float64 {
		if m == nil {
			m, s = make([]float64, len(g)), make([]float64, len(g))
		}
		t++
		d := make([]float64, len(g))
		for i := range g {
			m[i] = b1*m[i] + (1-b1)*g[i]
			s[i] = b2*s[i] + (1-b2)*g[i]*g[i]
			mh := m[i] / (1 - math.Pow(b1, float64(t)))
			sh := s[i] / (1 - math.Pow(b2, float64(t)))
			d[i] = -lr * mh / (math.Sqrt(sh) + 1e-8)
		}
		return d
	}
}

func rosenbrock(p []float64) (float64, []float64) {
	x, y := p[0], p[1]
	f := (1-x)*(1-x) + 100*(y-x*x)*(y-x*x)
	g := []float64{-2*(1-x) - 400*x*(y-x*x), 200 * (y - x*x)}
	return f, g
}

func main() {
	opts := []struct {
		name string
		make func() Optimizer
	}{
		{"sgd", func() Optimizer { return SGD(0.001) }},
		{"momentum", func() Optimizer { return Momentum(0.001, 0.9) }},
		{"adam", func() Optimizer { return Adam(0.02, 0.9, 0.999) }},
	}
	for _, o := range opts {
		opt := o.make()
		p := []float64{-1.2, 1}
		for it := 1; it <= 3000; it++ {
			_, g := rosenbrock(p)
			for i, d := range opt(g) {
				p[i] += d
			}
			if it%1000 == 0 {
				f, _ := rosenbrock(p)
				fmt.Printf("%-8s it=%4d f=%.6e p=(%.5f, %.5f)\n", o.name, it, f, p[0], p[1])
			}
		}
	}
}

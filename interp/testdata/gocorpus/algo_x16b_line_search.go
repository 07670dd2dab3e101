package main

import (
	"fmt"
	"math"
)

type Objective struct {
	F    func(x []float64) float64
	Grad func(x []float64) []float64
}

func axpy(a float64, x, y []float64) []float64 {
	out := make([]float64, len(x))
	for i := range x {
		out[i] = a*x[i] + y[i]
	}
	return out
}

func dot(a, b []float64) (s float64) {
	for i := range a {
		s += a[i] * b[i]
	}
	return
}

func backtrack(o Objective, x, d []float64, alpha, rho, c float64) (float64, int) {
	fx := o.F(x)
	g := o.Grad(x)
	n := 0
	for o.F(axpy(alpha, d, x)) > fx+c*alpha*dot(g, d) {
		alpha *= rho
		n++
	}
	return alpha, n
}

func main() {
	quad := Objective{
		F: func(x []float64) float64 { return 5*x[0]*x[0] + 0.5*x[1]*x[1] + x[0]*x[1] },
		Grad: func(x []float64) []float64 {
			return []float64{10*x[0] + x[1], x[1] + x[0]}
		},
	}
	x := []float64{1, 3}
	for it := range 12 {
		g := quad.Grad(x)
		d := axpy(-1, g, make([]float64, len(g)))
		a, n := backtrack(quad, x, d, 1, 0.5, 1e-4)
		x = axpy(a, d, x)
		fmt.Printf("it %2d alpha=%.4f (%d halvings) f=%.6e |g|=%.3e\n", it, a, n, quad.F(x), math.Sqrt(dot(g, g)))
	}
	fmt.Printf("x* = [%.5f %.5f]\n", x[0], x[1])
}

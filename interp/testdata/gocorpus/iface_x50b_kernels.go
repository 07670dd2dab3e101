package main

import (
	"fmt"
	"math"
)

type Kernel func(a, b []float64) float64

func Linear(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func RBF(gamma float64) Kernel {
	return func(a, b []float64) float64 {
		d := 0.0
		for i := range a {
			d += (a[i] - b[i]) * (a[i] - b[i])
		}
		return math.Exp(-gamma * d)
	}
}

func Poly(deg int, c float64) Kernel {
	return func(a, b []float64) float64 { return math.Pow(Linear(a, b)+c, float64(deg)) }
}

type KernelPerceptron struct {
	K     Kernel
	alpha []int
	X     [][]float64
	Y     []int
}

func (p *KernelPerceptron) score(x []float64) float64 {
	s := 0.0
	for i, a := range p.alpha {
		if a != 0 {
			s += float64(a*p.Y[i]) * p.K(p.X[i], x)
		}
	}
	return s
}

func (p *KernelPerceptron) Fit(epochs int) int {
	p.alpha = make([]int, len(p.X))
	for e := 0; e < epochs; e++ {
		mistakes := 0
		for i, x := range p.X {
			if float64(p.Y[i])*p.score(x) <= 0 {
				p.alpha[i]++
				mistakes++
			}
		}
		if mistakes == 0 {
			return e + 1
		}
	}
	return -1
}

func main() {
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.5}, {0.1, 0.9}}
	Y := []int{-1, 1, 1, -1, -1, 1}
	kernels := []struct {
		name string
		k    Kernel
	}{{"linear", Linear}, {"poly2", Poly(2, 1)}, {"rbf1", RBF(1)}, {"rbf5", RBF(5)}}
	for _, kk := range kernels {
		p := &KernelPerceptron{K: kk.k, X: X, Y: Y}
		ep := p.Fit(100)
		correct := 0
		for i, x := range X {
			if (p.score(x) > 0) == (Y[i] > 0) {
				correct++
			}
		}
		fmt.Printf("%-6s epochs=%3d alpha=%v train-acc=%d/%d\n", kk.name, ep, p.alpha, correct, len(X))
	}
	fmt.Printf("%.5f %.5f\n", RBF(0.5)([]float64{1, 2}, []float64{2, 0}), Poly(3, 0)([]float64{1, 1}, []float64{1, 2}))
}

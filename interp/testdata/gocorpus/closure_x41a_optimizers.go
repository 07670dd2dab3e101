package main

import (
	"fmt"
	"math"
)

type Optimizer func(params, grads []float64)

func SGD(lr float64) Optimizer {
	return func(p, g []float64) {
		for i := range p {
			p[i] -= lr * g[i]
		}
	}
}

func Momentum(lr, mu float64) Optimizer {
	var v []float64
	return func(p, g []float64) {
		if v == nil {
			v = make([]float64, len(p))
		}
		for i := range p {
			v[i] = mu*v[i] - lr*g[i]
			p[i] += v[i]
		}
	}
}

func Adam(lr, b1, b2 float64) Optimizer {
	var m, v []float64
	t := 0
	return func(p, g []float64) {
		if m == nil {
			m, v = make([]float64, len(p)), make([]float64, len(p))
		}
		t++
		for i := range p {
			m[i] = b1*m[i] + (1-b1)*g[i]
			v[i] = b2*v[i] + (1-b2)*g[i]*g[i]
			mh := m[i] / (1 - math.Pow(b1, float64(t)))
			vh := v[i] / (1 - math.Pow(b2, float64(t)))
			p[i] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
}

// Rosenbrock-like bowl: f(x, y) = (x-1)^2 + 10*(y+2)^2
func bowl(p []float64) (float64, []float64) {
	dx, dy := p[0]-1, p[1]+2
	return dx*dx + 10*dy*dy, []float64{2 * dx, 20 * dy}
}

func main() {
	opts := []struct {
		name string
		opt  Optimizer
	}{
		{"sgd", SGD(0.05)},
		{"momentum", Momentum(0.02, 0.9)},
		{"adam", Adam(0.3, 0.9, 0.999)},
	}
	for _, o := range opts {
		p := []float64{-2, 2}
		var hist []float64
		for it := 0; it < 60; it++ {
			f, g := bowl(p)
			if it%20 == 0 {
				hist = append(hist, f)
			}
			o.opt(p, g)
		}
		f, _ := bowl(p)
		fmt.Printf("%-9s f: %.3f final=%.6f at (%.4f, %.4f)\n", o.name, hist, f, p[0], p[1])
	}
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	counter()
	fmt.Println("calls:", counter())
}

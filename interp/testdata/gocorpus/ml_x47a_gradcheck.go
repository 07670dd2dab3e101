package main

import (
	"fmt"
	"math"
)

type Fn func(x []float64) float64

func numericGrad(f Fn, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := f(x)
		x[i] = old - h
		fm := f(x)
		x[i] = old
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func relErr(a, b float64) float64 {
	den := math.Max(math.Abs(a)+math.Abs(b), 1e-12)
	return math.Abs(a-b) / den
}

type testCase struct {
	name     string
	f        Fn
	analytic func(x []float64) []float64
	x        []float64
}

func main() {
	cases := []testCase{
		{
			name: "sum of squares",
			f: func(x []float64) float64 {
				s := 0.0
				for _, v := range x {
					s += v * v
				}
				return s
			},
			analytic: func(x []float64) []float64 {
				g := make([]float64, len(x))
				for i, v := range x {
					g[i] = 2 * v
				}
				return g
			},
			x: []float64{1, -2, 3},
		},
		{
			name: "tanh(w.x)",
			f: func(x []float64) float64 {
				return math.Tanh(0.5*x[0] - 0.25*x[1])
			},
			analytic: func(x []float64) []float64 {
				t := math.Tanh(0.5*x[0] - 0.25*x[1])
				d := 1 - t*t
				return []float64{0.5 * d, -0.25 * d}
			},
			x: []float64{0.3, 0.7},
		},
		{
			name: "sigmoid product",
			f: func(x []float64) float64 {
				return x[0] / (1 + math.Exp(-x[1]))
			},
			analytic: func(x []float64) []float64 {
				s := 1 / (1 + math.Exp(-x[1]))
				return []float64{s, x[0] * s * (1 - s)}
			},
			x: []float64{2, -1},
		},
	}
	fmt.Printf("%-16s %4s %12s %12s %10s %s\n", "case", "i", "analytic", "numeric", "relerr", "ok")
	bad := 0
	for _, c := range cases {
		an := c.analytic(c.x)
		nu := numericGrad(c.f, c.x, 1e-5)
		for i := range an {
			e := relErr(an[i], nu[i])
			ok := e < 1e-6
			if !ok {
				bad++
			}
			fmt.Printf("%-16s %4d %12.6f %12.6f %10.2e %t\n", c.name, i, an[i], nu[i], e, ok)
		}
	}
	fmt.Println("failures:", bad)
}

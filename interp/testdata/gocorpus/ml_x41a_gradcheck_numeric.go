package main

import (
	"fmt"
	"math"
)

type Func func(x []float64) float64

func numericGrad(f Func, x []float64, h float64) []float64 {
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

func main() {
	tests := []struct {
		name string
		f    Func
		df   func(x []float64) []float64
		x    []float64
	}{
		{
			name: "sum of squares",
			f: func(x []float64) float64 {
				s := 0.0
				for _, v := range x {
					s += v * v
				}
				return s
			},
			df: func(x []float64) []float64 {
				g := make([]float64, len(x))
				for i, v := range x {
					g[i] = 2 * v
				}
				return g
			},
			x: []float64{1, -2, 0.5},
		},
		{
			name: "sigmoid(w.x)",
			f: func(x []float64) float64 {
				z := 2*x[0] - 3*x[1]
				return 1 / (1 + math.Exp(-z))
			},
			df: func(x []float64) []float64 {
				z := 2*x[0] - 3*x[1]
				s := 1 / (1 + math.Exp(-z))
				return []float64{2 * s * (1 - s), -3 * s * (1 - s)}
			},
			x: []float64{0.3, 0.1},
		},
		{
			name: "x*y + sin(x)",
			f:    func(x []float64) float64 { return x[0]*x[1] + math.Sin(x[0]) },
			df: func(x []float64) []float64 {
				return []float64{x[1] + math.Cos(x[0]), x[0]}
			},
			x: []float64{1.2, -0.7},
		},
	}
	for _, tc := range tests {
		num := numericGrad(tc.f, tc.x, 1e-5)
		ana := tc.df(tc.x)
		fmt.Printf("%-16s f=%8.5f\n", tc.name, tc.f(tc.x))
		worst := 0.0
		for i := range num {
			e := relErr(num[i], ana[i])
			worst = math.Max(worst, e)
			fmt.Printf("  d/dx%d numeric=% .6f analytic=% .6f\n", i, num[i], ana[i])
		}
		status := "OK"
		if worst > 1e-6 {
			status = "FAIL"
		}
		fmt.Printf("  worst rel error < 1e-6: %s\n", status)
	}
}

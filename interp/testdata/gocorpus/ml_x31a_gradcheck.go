package main

import (
	"fmt"
	"math"
	"sort"
)

type Func func(x []float64) float64

func evalNumericalGradient(f Func, x []float64, h float64) []float64 {
	grad := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := f(x)
		x[i] = old - h
		fm := f(x)
		x[i] = old
		grad[i] = (fp - fm) / (2 * h)
	}
	return grad
}

func relError(a, b []float64) float64 {
	m := 0.0
	for i := range a {
		d := math.Abs(a[i]-b[i]) / math.Max(1e-8, math.Abs(a[i])+math.Abs(b[i]))
		m = math.Max(m, d)
	}
	return m
}

type check struct {
	f        Func
	analytic func(x []float64) []float64
}

func main() {
	checks := map[string]check{
		"sum_squares": {
			func(x []float64) float64 {
				s := 0.0
				for _, v := range x {
					s += v * v
				}
				return s
			},
			func(x []float64) []float64 {
				g := make([]float64, len(x))
				for i, v := range x {
					g[i] = 2 * v
				}
				return g
			},
		},
		"logsumexp": {
			func(x []float64) float64 {
				s := 0.0
				for _, v := range x {
					s += math.Exp(v)
				}
				return math.Log(s)
			},
			func(x []float64) []float64 {
				s := 0.0
				for _, v := range x {
					s += math.Exp(v)
				}
				g := make([]float64, len(x))
				for i, v := range x {
					g[i] = math.Exp(v) / s
				}
				return g
			},
		},
		"buggy_sigmoid": {
			func(x []float64) float64 { return 1 / (1 + math.Exp(-x[0]*x[1])) },
			func(x []float64) []float64 {
				s := 1 / (1 + math.Exp(-x[0]*x[1]))
				return []float64{s * (1 - s) * x[1], s * x[0]} // wrong on purpose
			},
		},
	}
	names := make([]string, 0, len(checks))
	for n := range checks {
		names = append(names, n)
	}
	sort.Strings(names)
	x := []float64{0.5, -1.2, 2.0}
	for _, n := range names {
		c := checks[n]
		num := evalNumericalGradient(c.f, x, 1e-5)
		an := c.analytic(x)
		num = num[:len(an)]
		e := relError(num, an)
		verdict := "PASS"
		if e > 1e-7 {
			verdict = "FAIL"
		}
		fmt.Printf("%-14s rel error %.3e %s\n", n, e, verdict)
		fmt.Printf("  numeric  %.6f\n  analytic %.6f\n", num, an)
	}
}

package main

import (
	"fmt"
	"math"
)

type Fn func([]float64) float64

func numericGrad(f Fn, h float64) func([]float64) []float64 {
	return func(x []float64) []float64 {
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
}

func counting(f Fn) (Fn, func() int) {
	n := 0
	return func(x []float64) float64 { n++; return f(x) }, func() int { return n }
}

func main() {
	funcs := []struct {
		name string
		f    Fn
		df   func([]float64) []float64
	}{
		{"sum squares", func(x []float64) float64 {
			s := 0.0
			for _, v := range x {
				s += v * v
			}
			return s
		}, func(x []float64) []float64 {
			g := make([]float64, len(x))
			for i, v := range x {
				g[i] = 2 * v
			}
			return g
		}},
		{"log-sum-exp", func(x []float64) float64 {
			s := 0.0
			for _, v := range x {
				s += math.Exp(v)
			}
			return math.Log(s)
		}, func(x []float64) []float64 {
			s := 0.0
			for _, v := range x {
				s += math.Exp(v)
			}
			g := make([]float64, len(x))
			for i, v := range x {
				g[i] = math.Exp(v) / s
			}
			return g
		}},
	}
	x := []float64{0.1, -0.7, 1.3}
	for _, c := range funcs {
		cf, calls := counting(c.f)
		num := numericGrad(cf, 1e-6)(x)
		an := c.df(x)
		fmt.Printf("%-12s calls=%d\n", c.name, calls())
		for i := range x {
			fmt.Printf("  d/dx%d  %8.5f  %8.5f  %v\n", i, an[i], num[i], math.Abs(an[i]-num[i]) < 1e-6)
		}
	}
}

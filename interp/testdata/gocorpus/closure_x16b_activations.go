package main

import (
	"fmt"
	"math"
	"sort"
)

type Activation struct {
	F, DF func(float64) float64
}

func leaky(alpha float64) Activation {
	return Activation{
		F: func(x float64) float64 {
			if x > 0 {
				return x
			}
			return alpha * x
		},
		DF: func(x float64) float64 {
			if x > 0 {
				return 1
			}
			return alpha
		},
	}
}

func main() {
	acts := map[string]Activation{
		"sigmoid": {
			F:  func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
			DF: func(x float64) float64 { s := 1 / (1 + math.Exp(-x)); return s * (1 - s) },
		},
		"tanh":  {F: math.Tanh, DF: func(x float64) float64 { t := math.Tanh(x); return 1 - t*t }},
		"relu":  leaky(0),
		"leaky": leaky(0.1),
		"softplus": {
			F:  func(x float64) float64 { return math.Log1p(math.Exp(x)) },
			DF: func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		},
	}
	names := make([]string, 0, len(acts))
	for n := range acts {
		names = append(names, n)
	}
	sort.Strings(names)
	xs := []float64{-2, -0.5, 0.5, 2}
	for _, n := range names {
		a := acts[n]
		fmt.Printf("%-9s", n)
		maxErr := 0.0
		for _, x := range xs {
			h := 1e-6
			num := (a.F(x+h) - a.F(x-h)) / (2 * h)
			maxErr = math.Max(maxErr, math.Abs(num-a.DF(x)))
			fmt.Printf(" f(%+.1f)=%+.4f f'=%.4f", x, a.F(x), a.DF(x))
		}
		fmt.Printf(" ok=%v\n", maxErr < 1e-6)
	}
	compose := func(fs ...func(float64) float64) func(float64) float64 {
		return func(x float64) float64 {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	chain := compose(acts["relu"].F, acts["tanh"].F, acts["sigmoid"].F)
	dchain := func(x float64) float64 {
		r := acts["relu"].F(x)
		t := acts["tanh"].F(r)
		return acts["sigmoid"].DF(t) * acts["tanh"].DF(r) * acts["relu"].DF(x)
	}
	for _, x := range xs {
		fmt.Printf("chain(%.1f)=%.5f d=%.5f\n", x, chain(x), dchain(x))
	}
	counter := 0
	counted := func(f func(float64) float64) func(float64) float64 {
		return func(x float64) float64 { counter++; return f(x) }
	}
	cs := counted(math.Tanh)
	for i := range 5 {
		cs(float64(i))
	}
	fmt.Println("calls:", counter)
}

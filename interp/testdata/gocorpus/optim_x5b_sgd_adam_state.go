// Exercises: SGD and Adam behind an Optimizer interface, one value- and one pointer-receiver implementation, state kept in maps keyed by parameter name, %T of each
package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

type Optimizer interface {
	Step(name string, w, g []float64)
}

type SGD struct{ LR float64 }

func (o SGD) Step(_ string, w, g []float64) {
	for i := range w {
		w[i] -= o.LR * g[i]
	}
}

type State map[string][]float64

func (s State) of(name string, n int) []float64 {
	if s[name] == nil {
		s[name] = make([]float64, n)
	}
	return s[name]
}

type Adam struct {
	LR, B1, B2 float64
	t          map[string]int
	m, v       State
}

func (o *Adam) Step(name string, w, g []float64) {
	o.t[name]++
	t, m, v := float64(o.t[name]), o.m.of(name, len(w)), o.v.of(name, len(w))
	for i := range w {
		m[i], v[i] = o.B1*m[i]+(1-o.B1)*g[i], o.B2*v[i]+(1-o.B2)*g[i]*g[i]
		w[i] -= o.LR * (m[i] / (1 - math.Pow(o.B1, t))) / (math.Sqrt(v[i]/(1-math.Pow(o.B2, t))) + 1e-8)
	}
}

func main() {
	opts := map[string]Optimizer{"sgd": SGD{0.1}, "adam": &Adam{0.1, 0.9, 0.999, map[string]int{}, State{}, State{}}}
	for _, n := range slices.Sorted(maps.Keys(opts)) {
		params := map[string][]float64{"w": {3, -2}, "b": {1}}
		for range 20 {
			for _, p := range []string{"b", "w"} {
				g := make([]float64, len(params[p]))
				for i, x := range params[p] {
					g[i] = 2 * x // f = sum x^2
				}
				opts[n].Step(p, params[p], g)
			}
		}
		fmt.Printf("%-9s %-15T w=%.5f b=%.5f\n", n, opts[n], params["w"], params["b"])
	}
}

// Exercises: notebook style: loss and params as globals, helpers computing analytic and numeric gradients
package main

import (
	"fmt"
	"math"
)

var params = []float64{0.5, -1.0, 2.0}

func loss() float64 {
	s := 0.0
	for i, p := range params {
		s += float64(i+1) * p * p
	}
	return math.Log(1 + s)
}

func analytic() []float64 {
	s := 0.0
	for i, p := range params {
		s += float64(i+1) * p * p
	}
	g := make([]float64, len(params))
	for i, p := range params {
		g[i] = 2 * float64(i+1) * p / (1 + s)
	}
	return g
}

func numeric(h float64) []float64 {
	g := make([]float64, len(params))
	for i := range params {
		old := params[i]
		params[i] = old + h
		up := loss()
		params[i] = old - h
		down := loss()
		params[i] = old
		g[i] = (up - down) / (2 * h)
	}
	return g
}

func main() {
	a, n := analytic(), numeric(1e-6)
	for i := range a {
		fmt.Printf("%d %.6f %.6f %v\n", i, a[i], n[i], math.Abs(a[i]-n[i]) < 1e-6)
	}
	fmt.Printf("%.6f %v\n", loss(), params)
}

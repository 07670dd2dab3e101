package main

import (
	"fmt"
	"math"
)

type Vec []float64

func relu(x Vec) Vec {
	out := make(Vec, len(x))
	for i, v := range x {
		out[i] = math.Max(0, v)
	}
	return out
}

func analyticJac(x Vec) [][]float64 {
	n := len(x)
	j := make([][]float64, n)
	for i := range j {
		j[i] = make([]float64, n)
		if x[i] > 0 {
			j[i][i] = 1
		}
	}
	return j
}

func numericJac(f func(Vec) Vec, x Vec, h float64) [][]float64 {
	y := f(x)
	j := make([][]float64, len(y))
	for i := range j {
		j[i] = make([]float64, len(x))
	}
	for k := range x {
		xp := append(Vec(nil), x...)
		xm := append(Vec(nil), x...)
		xp[k] += h
		xm[k] -= h
		yp, ym := f(xp), f(xm)
		for i := range y {
			j[i][k] = (yp[i] - ym[i]) / (2 * h)
		}
	}
	return j
}

func main() {
	x := Vec{-1.5, 0.3, 2.0, -0.2}
	a := analyticJac(x)
	n := numericJac(relu, x, 1e-5)
	maxErr := 0.0
	for i := range a {
		fmt.Printf("row %d: analytic=%v numeric=", i, a[i])
		for k := range n[i] {
			fmt.Printf("%6.3f ", n[i][k])
			maxErr = math.Max(maxErr, math.Abs(a[i][k]-n[i][k]))
		}
		fmt.Println()
	}
	fmt.Printf("max abs error: %.2e\n", maxErr)
	fmt.Println("ok:", maxErr < 1e-6)
}

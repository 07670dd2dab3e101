// Exercises: central difference derivative vs analytic derivative, relative error, %e
package main

import (
	"fmt"
	"math"
)

func deriv(f func(float64) float64, x, h float64) float64 {
	return (f(x+h) - f(x-h)) / (2 * h)
}

func main() {
	f := func(x float64) float64 { return math.Sin(x) * x * x }
	df := func(x float64) float64 { return math.Cos(x)*x*x + 2*x*math.Sin(x) }
	for _, x := range []float64{0.5, 1, 2} {
		num := deriv(f, x, 1e-5)
		rel := math.Abs(num-df(x)) / math.Abs(df(x))
		fmt.Printf("x=%.1f analytic=%.8f numeric=%.8f ok=%v\n", x, df(x), num, rel < 1e-8)
	}
	fmt.Printf("%e %E %.2e\n", 12345.678, 0.000123, 6.02214076e23)
}

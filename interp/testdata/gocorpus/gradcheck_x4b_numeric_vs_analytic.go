// Exercises: centered finite differences vs analytic gradient, relative error with %e, function values as arguments
package main

import (
	"fmt"
	"math"
)

func f(x []float64) float64 {
	return x[0]*x[0]*x[1] + math.Sin(x[1])*x[2] + math.Exp(x[2]/4)
}

func grad(x []float64) []float64 {
	return []float64{
		2 * x[0] * x[1],
		x[0]*x[0] + math.Cos(x[1])*x[2],
		math.Sin(x[1]) + math.Exp(x[2]/4)/4,
	}
}

func numGrad(fn func([]float64) float64, x []float64, h float64) []float64 {
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := fn(x)
		x[i] = old - h
		fm := fn(x)
		x[i] = old
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func relErr(a, b float64) float64 {
	return math.Abs(a-b) / math.Max(1e-12, math.Abs(a)+math.Abs(b))
}

func main() {
	x := []float64{1.5, -0.7, 2.0}
	an := grad(x)
	for _, h := range []float64{1e-2, 1e-4, 1e-6} {
		num := numGrad(f, x, h)
		worst := 0.0
		for i := range x {
			worst = math.Max(worst, relErr(an[i], num[i]))
		}
		fmt.Printf("h=%.0e worst rel err %.2e ok=%t\n", h, worst, worst < 1e-5)
	}
	fmt.Printf("analytic %.6f\n", an)
}

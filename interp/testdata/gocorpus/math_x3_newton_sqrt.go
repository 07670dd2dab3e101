// Exercises: Newton's method for square roots and cube roots, iteration count, comparison to math.Sqrt
package main

import (
	"fmt"
	"math"
)

func newton(f, df func(float64) float64, x0 float64) (float64, int) {
	x := x0
	for i := 1; i <= 50; i++ {
		nx := x - f(x)/df(x)
		if math.Abs(nx-x) < 1e-12 {
			return nx, i
		}
		x = nx
	}
	return x, 50
}

func main() {
	for _, a := range []float64{2, 10, 0.25} {
		r, it := newton(func(x float64) float64 { return x*x - a }, func(x float64) float64 { return 2 * x }, a)
		fmt.Printf("sqrt(%g)=%.10f iters=%d diff=%.1e\n", a, r, it, math.Abs(r-math.Sqrt(a)))
	}
	c, _ := newton(func(x float64) float64 { return x*x*x - 27 }, func(x float64) float64 { return 3 * x * x }, 1)
	fmt.Printf("%.9f\n", c)
}

// Exercises: gradient descent on a quadratic, convergence loop, %.6f and %g formatting
package main

import (
	"fmt"
	"math"
)

func main() {
	f := func(x float64) float64 { return (x-3)*(x-3) + 1 }
	grad := func(x float64) float64 { return 2 * (x - 3) }
	x, lr := 0.0, 0.1
	for step := 0; step < 200; step++ {
		g := grad(x)
		if math.Abs(g) < 1e-6 {
			fmt.Println("converged at step", step)
			break
		}
		x -= lr * g
		if step%20 == 0 {
			fmt.Printf("step %3d x=%.6f f=%.6f\n", step, x, f(x))
		}
	}
	fmt.Printf("x=%g f=%g\n", math.Round(x*1e5)/1e5, math.Round(f(x)*1e5)/1e5)
}

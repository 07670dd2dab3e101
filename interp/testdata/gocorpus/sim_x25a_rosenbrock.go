package main

import "fmt"

type Fn func(x, y float64) float64

func rosen(a, b float64) Fn {
	return func(x, y float64) float64 {
		return (a-x)*(a-x) + b*(y-x*x)*(y-x*x)
	}
}

func numGrad(f Fn, h float64) func(x, y float64) (float64, float64) {
	return func(x, y float64) (float64, float64) {
		dx := (f(x+h, y) - f(x-h, y)) / (2 * h)
		dy := (f(x, y+h) - f(x, y-h)) / (2 * h)
		return dx, dy
	}
}

func main() {
	f := rosen(1, 100)
	g := numGrad(f, 1e-6)
	x, y := -1.2, 1.0
	lr := 0.001
	history := make([][3]float64, 0)
	for i := 0; i <= 20000; i++ {
		dx, dy := g(x, y)
		if i%4000 == 0 {
			history = append(history, [3]float64{x, y, f(x, y)})
		}
		x -= lr * dx
		y -= lr * dy
	}
	for i, h := range history {
		fmt.Printf("iter %5d x=%.5f y=%.5f f=%.3e\n", i*4000, h[0], h[1], h[2])
	}
	// analytic gradient comparison
	ax := -2*(1-x) - 400*x*(y-x*x)
	ay := 200 * (y - x*x)
	nx, ny := g(x, y)
	fmt.Printf("analytic (%.5f, %.5f) numeric (%.5f, %.5f)\n", ax, ay, nx, ny)
}

// Exercises: Newton's method and bisection as func-typed solvers, errors with fields, errors.As
package main

import (
	"errors"
	"fmt"
	"math"
)

type Func func(float64) float64

type NoConvergence struct {
	Method string
	Iters  int
}

func (e *NoConvergence) Error() string {
	return fmt.Sprintf("%s did not converge in %d iterations", e.Method, e.Iters)
}

func bisect(f Func, a, b float64) (float64, error) {
	if f(a)*f(b) > 0 {
		return 0, fmt.Errorf("bisect: no sign change on [%g, %g]", a, b)
	}
	for i := 0; i < 60; i++ {
		m := (a + b) / 2
		if f(a)*f(m) <= 0 {
			b = m
		} else {
			a = m
		}
	}
	return (a + b) / 2, nil
}

func newton(f, df Func, x float64, maxIter int) (float64, error) {
	for i := 0; i < maxIter; i++ {
		step := f(x) / df(x)
		x -= step
		if math.Abs(step) < 1e-12 {
			return x, nil
		}
	}
	return x, &NoConvergence{"newton", maxIter}
}

func main() {
	f := func(x float64) float64 { return x*x*x - 2*x - 5 }
	df := func(x float64) float64 { return 3*x*x - 2 }
	r1, err := bisect(f, 2, 3)
	fmt.Printf("bisect: %.10f %v\n", r1, err)
	r2, err := newton(f, df, 2, 50)
	fmt.Printf("newton: %.10f %v\n", r2, err)
	_, err = bisect(f, 3, 4)
	fmt.Println(err)
	_, err = newton(func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0.5, 5)
	var nc *NoConvergence
	if errors.As(err, &nc) {
		fmt.Println("as:", nc.Method, nc.Iters, err)
	}
}

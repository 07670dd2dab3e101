package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrNoBracket = errors.New("root not bracketed")

type ConvergenceError struct {
	Method string
	Iter   int
	Last   float64
}

func (e ConvergenceError) Error() string {
	return fmt.Sprintf("%s: no convergence after %d iterations (last %.6g)", e.Method, e.Iter, e.Last)
}

func bisect(f func(float64) float64, a, b, tol float64) (float64, int, error) {
	fa, fb := f(a), f(b)
	if fa*fb > 0 {
		return 0, 0, fmt.Errorf("bisect on [%g, %g]: %w", a, b, ErrNoBracket)
	}
	for i := 1; i <= 200; i++ {
		m := (a + b) / 2
		fm := f(m)
		if math.Abs(b-a) < tol || fm == 0 {
			return m, i, nil
		}
		if fa*fm < 0 {
			b = m
		} else {
			a, fa = m, fm
		}
	}
	return 0, 200, ConvergenceError{"bisect", 200, (a + b) / 2}
}

func newton(f, df func(float64) float64, x, tol float64, maxIter int) (float64, int, error) {
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return x, i, fmt.Errorf("newton: zero derivative at x=%g", x)
		}
		nx := x - f(x)/d
		if math.Abs(nx-x) < tol {
			return nx, i, nil
		}
		x = nx
	}
	return x, maxIter, ConvergenceError{"newton", maxIter, x}
}

func main() {
	// Newton's law of cooling: when does coffee at 90C reach 60C in a 20C room, k=0.05/min?
	T := func(t float64) float64 { return 20 + 70*math.Exp(-0.05*t) - 60 }
	dT := func(t float64) float64 { return -3.5 * math.Exp(-0.05*t) }
	exact := math.Log(70.0/40) / 0.05
	if r, n, err := bisect(T, 0, 60, 1e-9); err == nil {
		fmt.Printf("bisect: t=%.9f in %d iters (exact %.9f)\n", r, n, exact)
	}
	if r, n, err := newton(T, dT, 1, 1e-12, 50); err == nil {
		fmt.Printf("newton: t=%.9f in %d iters\n", r, n)
	}
	_, _, err := bisect(T, 20, 60, 1e-9)
	fmt.Println("error:", err, errors.Is(err, ErrNoBracket))
	cube := func(x float64) float64 { return math.Cbrt(x) }
	dcube := func(x float64) float64 { return 1 / (3 * math.Pow(math.Abs(x), 2.0/3)) }
	_, _, err = newton(cube, dcube, 1, 1e-12, 20)
	var ce ConvergenceError
	if errors.As(err, &ce) {
		fmt.Printf("%v | method=%s iter=%d\n", err, ce.Method, ce.Iter)
	}
	_, _, err = newton(func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0, 1e-9, 10)
	fmt.Printf("%v (%T)\n", err, err)
}

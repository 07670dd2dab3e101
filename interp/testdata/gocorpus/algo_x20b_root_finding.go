package main

import (
	"errors"
	"fmt"
	"math"
)

type Result struct {
	Root  float64
	Iters int
}

var ErrNoConverge = errors.New("did not converge")
var ErrBracket = errors.New("root not bracketed")

func Bisect(f func(float64) float64, a, b, tol float64) (Result, error) {
	fa, fb := f(a), f(b)
	if fa*fb > 0 {
		return Result{}, fmt.Errorf("bisect [%g, %g]: %w", a, b, ErrBracket)
	}
	for i := 1; i <= 200; i++ {
		m := (a + b) / 2
		fm := f(m)
		if fm == 0 || (b-a)/2 < tol {
			return Result{m, i}, nil
		}
		if fa*fm < 0 {
			b, fb = m, fm
		} else {
			a, fa = m, fm
		}
	}
	_ = fb
	return Result{}, ErrNoConverge
}

func Newton(f, df func(float64) float64, x0, tol float64, maxIter int) (Result, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return Result{x, i}, fmt.Errorf("zero derivative at x=%.4f", x)
		}
		nx := x - f(x)/d
		if math.Abs(nx-x) < tol {
			return Result{nx, i}, nil
		}
		x = nx
	}
	return Result{x, maxIter}, fmt.Errorf("newton from %g: %w", x0, ErrNoConverge)
}

func Secant(f func(float64) float64, x0, x1, tol float64) (r Result, err error) {
	for i := 1; i < 100; i++ {
		f0, f1 := f(x0), f(x1)
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		if math.Abs(x2-x1) < tol {
			return Result{x2, i}, nil
		}
		x0, x1 = x1, x2
	}
	err = ErrNoConverge
	return
}

func main() {
	f := func(x float64) float64 { return x*x*x - 2*x - 5 }
	df := func(x float64) float64 { return 3*x*x - 2 }
	r, err := Bisect(f, 2, 3, 1e-10)
	fmt.Printf("bisect %.10f in %d %v\n", r.Root, r.Iters, err)
	r, err = Newton(f, df, 2, 1e-12, 50)
	fmt.Printf("newton %.10f in %d %v\n", r.Root, r.Iters, err)
	r, err = Secant(f, 2, 3, 1e-12)
	fmt.Printf("secant %.10f in %d %v\n", r.Root, r.Iters, err)
	_, err = Bisect(f, 3, 4, 1e-6)
	fmt.Println(err, errors.Is(err, ErrBracket))
	_, err = Newton(func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0.5, 1e-12, 20)
	fmt.Println(err, errors.Is(err, ErrNoConverge))
	_, err = Newton(func(x float64) float64 { return x*x - 1 }, func(x float64) float64 { return 2 * x }, 0, 1e-12, 20)
	fmt.Println(err)
	sqrt2, _ := Newton(func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 1, 1e-15, 50)
	fmt.Printf("%.12f %v\n", sqrt2.Root, math.Abs(sqrt2.Root-math.Sqrt2) < 1e-12)
}

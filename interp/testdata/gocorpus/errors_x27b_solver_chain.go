package main

import (
	"errors"
	"fmt"
	"math"
)

type ConvergenceError struct {
	Method string
	Iter   int
	Last   float64
}

func (e ConvergenceError) Error() string {
	return fmt.Sprintf("%s: no convergence after %d iterations (last %.4g)", e.Method, e.Iter, e.Last)
}

var ErrDomain = errors.New("domain error")

type Solver func(f func(float64) float64, x0 float64) (float64, error)

func secant(f func(float64) float64, x0 float64) (float64, error) {
	x1 := x0 + 0.1
	for i := 0; i < 50; i++ {
		f0, f1 := f(x0), f(x1)
		if math.IsNaN(f1) {
			return 0, fmt.Errorf("secant at %.3f: %w", x1, ErrDomain)
		}
		if f1 == f0 {
			return 0, ConvergenceError{"secant", i, x1}
		}
		x0, x1 = x1, x1-f1*(x1-x0)/(f1-f0)
		if math.Abs(x1-x0) < 1e-12 {
			return x1, nil
		}
	}
	return 0, ConvergenceError{"secant", 50, x1}
}

func fixedPoint(f func(float64) float64, x0 float64) (float64, error) {
	x := x0
	for i := 0; i < 100; i++ {
		nx := x - 0.1*f(x)
		if math.IsNaN(nx) || math.IsInf(nx, 0) {
			return 0, fmt.Errorf("fixed point: %w", ErrDomain)
		}
		if math.Abs(nx-x) < 1e-10 {
			return nx, nil
		}
		x = nx
	}
	return 0, &ConvergenceError{"fixed-point", 100, x}
}

func tryAll(f func(float64) float64, x0 float64, solvers map[string]Solver, order []string) (float64, error) {
	var errs []error
	for _, name := range order {
		r, err := solvers[name](f, x0)
		if err == nil {
			return r, nil
		}
		errs = append(errs, fmt.Errorf("%s failed: %w", name, err))
	}
	return 0, errors.Join(errs...)
}

func main() {
	solvers := map[string]Solver{"secant": secant, "fixed": fixedPoint}
	order := []string{"secant", "fixed"}
	probs := []struct {
		name string
		f    func(float64) float64
		x0   float64
	}{
		{"log(x)-1", func(x float64) float64 { return math.Log(x) - 1 }, 2},
		{"sqrt(x)+1", func(x float64) float64 { return math.Sqrt(x) + 1 }, 1},
		{"x^2+1", func(x float64) float64 { return x*x + 1 }, 0.5},
	}
	for _, p := range probs {
		r, err := tryAll(p.f, p.x0, solvers, order)
		if err != nil {
			var ce ConvergenceError
			var pce *ConvergenceError
			fmt.Printf("%s:\n%v\n  domain=%t conv=%t convptr=%t\n", p.name, err, errors.Is(err, ErrDomain), errors.As(err, &ce), errors.As(err, &pce))
			continue
		}
		fmt.Printf("%s: root %.8f\n", p.name, r)
	}
}

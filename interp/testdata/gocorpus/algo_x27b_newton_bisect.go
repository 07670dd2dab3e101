package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrNoConverge = errors.New("did not converge")
var ErrBracket = errors.New("root not bracketed")

type Func func(float64) float64

func Bisect(f Func, a, b, tol float64) (float64, int, error) {
	fa, fb := f(a), f(b)
	if fa*fb > 0 {
		return 0, 0, fmt.Errorf("bisect [%g,%g]: %w", a, b, ErrBracket)
	}
	it := 0
	for b-a > tol {
		it++
		m := (a + b) / 2
		fm := f(m)
		if fa*fm <= 0 {
			b, fb = m, fm
		} else {
			a, fa = m, fm
		}
		if it > 200 {
			return m, it, ErrNoConverge
		}
	}
	_ = fb
	return (a + b) / 2, it, nil
}

func Newton(f, df Func, x0, tol float64, maxIt int) (float64, int, error) {
	x := x0
	for i := 1; i <= maxIt; i++ {
		d := df(x)
		if d == 0 {
			return x, i, fmt.Errorf("newton at x=%.4f: zero derivative: %w", x, ErrNoConverge)
		}
		nx := x - f(x)/d
		if math.Abs(nx-x) < tol {
			return nx, i, nil
		}
		x = nx
	}
	return x, maxIt, fmt.Errorf("newton after %d steps: %w", maxIt, ErrNoConverge)
}

func main() {
	problems := []struct {
		name string
		f, d Func
		a, b float64
	}{
		{"x^2-2", func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 0, 2},
		{"cos(x)-x", func(x float64) float64 { return math.Cos(x) - x }, func(x float64) float64 { return -math.Sin(x) - 1 }, 0, 1},
		{"x^3-x-2", func(x float64) float64 { return x*x*x - x - 2 }, func(x float64) float64 { return 3*x*x - 1 }, 1, 2},
		{"x^2+1", func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, -1, 1},
	}
	for _, p := range problems {
		r, n, err := Bisect(p.f, p.a, p.b, 1e-10)
		if err != nil {
			fmt.Printf("%-9s bisect error: %v (bracket=%t)\n", p.name, err, errors.Is(err, ErrBracket))
		} else {
			fmt.Printf("%-9s bisect %.10f in %d steps\n", p.name, r, n)
		}
		r, n, err = Newton(p.f, p.d, p.b, 1e-12, 30)
		if err != nil {
			fmt.Printf("%-9s newton error: %v\n", p.name, err)
		} else {
			fmt.Printf("%-9s newton %.10f in %d steps\n", p.name, r, n)
		}
	}
	_, _, err := Newton(func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0, 1e-9, 10)
	fmt.Println(err, errors.Is(err, ErrNoConverge))
}

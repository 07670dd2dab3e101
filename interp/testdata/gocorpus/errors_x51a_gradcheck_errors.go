package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type GradMismatch struct {
	Index             int
	Analytic, Numeric float64
}

func (g GradMismatch) Error() string {
	return fmt.Sprintf("index %d: analytic %.4g vs numeric %.4g", g.Index, g.Analytic, g.Numeric)
}

var ErrNaN = errors.New("gradient contains NaN")

func check(name string, f func([]float64) float64, df func([]float64) []float64, x []float64) error {
	an := df(x)
	if len(an) != len(x) {
		return fmt.Errorf("%s: gradient has length %d, want %d", name, len(an), len(x))
	}
	var errs []error
	for i := range x {
		if math.IsNaN(an[i]) {
			return fmt.Errorf("%s: %w at %d", name, ErrNaN, i)
		}
		o := x[i]
		x[i] = o + 1e-6
		p := f(x)
		x[i] = o - 1e-6
		m := f(x)
		x[i] = o
		num := (p - m) / 2e-6
		if math.Abs(num-an[i]) > 1e-4*math.Max(1, math.Abs(num)) {
			errs = append(errs, GradMismatch{i, an[i], num})
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: %w", name, errors.Join(errs...))
	}
	return nil
}

func main() {
	prod := func(x []float64) float64 { return x[0] * x[1] * x[2] }
	cases := []struct {
		name string
		df   func([]float64) []float64
	}{
		{"correct", func(x []float64) []float64 { return []float64{x[1] * x[2], x[0] * x[2], x[0] * x[1]} }},
		{"swapped", func(x []float64) []float64 { return []float64{x[0] * x[2], x[1] * x[2], x[0] * x[1]} }},
		{"short", func(x []float64) []float64 { return []float64{x[1] * x[2]} }},
		{"nan", func(x []float64) []float64 { return []float64{math.NaN(), 0, 0} }},
	}
	x := []float64{1.5, -2, 0.5}
	for _, c := range cases {
		err := check(c.name, prod, c.df, x)
		var gm GradMismatch
		switch {
		case err == nil:
			fmt.Println(c.name, "OK")
		case errors.Is(err, ErrNaN):
			fmt.Println("NaN!", err)
		case errors.As(err, &gm):
			fmt.Printf("mismatch (first at %d):\n  %s\n", gm.Index, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		default:
			fmt.Println("other:", err)
		}
	}
}

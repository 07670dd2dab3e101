package main

import (
	"fmt"
	"math"
)

type Number interface {
	~float32 | ~float64
}

type System[T Number] func(t T, y []T) []T

type Integrator[T Number] interface {
	Step(f System[T], t T, y []T, h T) []T
	Name() string
}

type Euler[T Number] struct{}

func (Euler[T]) Name() string { return "Euler" }
func (Euler[T]) Step(f System[T], t T, y []T, h T) []T {
	d := f(t, y)
	out := make([]T, len(y))
	for i := range y {
		out[i] = y[i] + h*d[i]
	}
	return out
}

type Midpoint[T Number] struct{}

func (Midpoint[T]) Name() string { return "Midpoint" }
func (Midpoint[T]) Step(f System[T], t T, y []T, h T) []T {
	d := f(t, y)
	mid := make([]T, len(y))
	for i := range y {
		mid[i] = y[i] + h/2*d[i]
	}
	d2 := f(t+h/2, mid)
	out := make([]T, len(y))
	for i := range y {
		out[i] = y[i] + h*d2[i]
	}
	return out
}

func Solve[T Number](in Integrator[T], f System[T], y0 []T, t1 T, n int) []T {
	h := t1 / T(n)
	y := append([]T(nil), y0...)
	var t T
	for i := 0; i < n; i++ {
		y = in.Step(f, t, y, h)
		t += h
	}
	return y
}

func main() {
	// y'' = -y as a system; exact y(t) = cos t
	osc := System[float64](func(t float64, y []float64) []float64 {
		return []float64{y[1], -y[0]}
	})
	decay := func(t float32, y []float32) []float32 { return []float32{-2 * y[0]} }

	fmt.Printf("%-9s %6s %12s %12s\n", "method", "n", "y(pi)", "error")
	for _, in := range []Integrator[float64]{Euler[float64]{}, Midpoint[float64]{}} {
		for _, n := range []int{10, 100, 1000} {
			y := Solve(in, osc, []float64{1, 0}, math.Pi, n)
			fmt.Printf("%-9s %6d %12.6f %12.2e\n", in.Name(), n, y[0], math.Abs(y[0]+1))
		}
	}
	y32 := Solve[float32](Midpoint[float32]{}, decay, []float32{1}, 1, 50)
	fmt.Printf("float32 decay: %v (%T) exact %.6f\n", y32[0], y32[0], math.Exp(-2))
	fmt.Printf("%T\n", Euler[float32]{})
}

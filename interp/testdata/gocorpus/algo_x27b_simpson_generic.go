package main

import (
	"fmt"
	"math"
)

type Rule interface {
	Name() string
	Integrate(f func(float64) float64, a, b float64, n int) float64
}

type Trapezoid struct{}

func (Trapezoid) Name() string { return "trapezoid" }
func (Trapezoid) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

type Simpson struct{}

func (Simpson) Name() string { return "simpson" }
func (Simpson) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 4.0
		if i%2 == 0 {
			w = 2
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

type Midpoint struct{ Trapezoid }

func (Midpoint) Name() string { return "midpoint" }
func (Midpoint) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	var s float64
	for i := 0; i < n; i++ {
		s += f(a + (float64(i)+0.5)*h)
	}
	return s * h
}

func main() {
	rules := []Rule{Trapezoid{}, Midpoint{}, Simpson{}}
	cases := []struct {
		label string
		f     func(float64) float64
		a, b  float64
		exact float64
	}{
		{"sin 0..pi", math.Sin, 0, math.Pi, 2},
		{"exp 0..1", math.Exp, 0, 1, math.E - 1},
		{"1/(1+x^2) 0..1", func(x float64) float64 { return 1 / (1 + x*x) }, 0, 1, math.Pi / 4},
	}
	for _, c := range cases {
		fmt.Println(c.label)
		for _, r := range rules {
			for _, n := range []int{4, 16, 64} {
				v := r.Integrate(c.f, c.a, c.b, n)
				fmt.Printf("  %-10s n=%-3d %.10f err=%.3e\n", r.Name(), n, v, math.Abs(v-c.exact))
			}
		}
	}
	m := Midpoint{}
	fmt.Printf("embedded trapezoid via midpoint: %.6f\n", m.Trapezoid.Integrate(math.Sqrt, 0, 4, 8))
}

package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

var ErrBadInterval = errors.New("bad interval")

type Integrand struct {
	Name  string
	F     func(float64) float64
	A, B  float64
	Exact float64
}

func mcIntegrate(r *rand.Rand, f func(float64) float64, a, b float64, n int) (mean, stderr float64, err error) {
	if b <= a {
		return 0, 0, fmt.Errorf("integrate [%g, %g]: %w", a, b, ErrBadInterval)
	}
	if n < 2 {
		return 0, 0, errors.New("need at least 2 samples")
	}
	s, s2 := 0.0, 0.0
	for i := 0; i < n; i++ {
		x := a + (b-a)*r.Float64()
		y := f(x)
		s += y
		s2 += y * y
	}
	m := s / float64(n)
	v := (s2/float64(n) - m*m) / float64(n-1)
	return (b - a) * m, (b - a) * math.Sqrt(v), nil
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	items := []Integrand{
		{"x^2", func(x float64) float64 { return x * x }, 0, 1, 1.0 / 3},
		{"sin", math.Sin, 0, math.Pi, 2},
		{"exp(-x^2)", func(x float64) float64 { return math.Exp(-x * x) }, -3, 3, math.Sqrt(math.Pi) * math.Erf(3)},
		{"backwards", math.Cos, 1, 0, 0},
	}
	fmt.Printf("%-10s %8s %10s %10s %10s\n", "f", "n", "estimate", "stderr", "exact")
	for _, it := range items {
		for _, n := range []int{100, 10000} {
			est, se, err := mcIntegrate(r, it.F, it.A, it.B, n)
			if err != nil {
				fmt.Printf("%-10s error: %v (bad interval: %t)\n", it.Name, err, errors.Is(err, ErrBadInterval))
				break
			}
			fmt.Printf("%-10s %8d %10.5f %10.5f %10.5f\n", it.Name, n, est, se, it.Exact)
		}
	}
}

package main

import (
	"fmt"
	"math"
)

type Rule func(f func(float64) float64, a, b float64, n int) float64

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.5 * (f(a) + f(b))
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func main() {
	sig := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	softplus := func(x float64) float64 { return math.Log1p(math.Exp(x)) }
	exact := softplus(3) - softplus(-3)
	rules := map[string]Rule{"trapezoid": trapezoid, "simpson": simpson}
	for _, name := range []string{"simpson", "trapezoid"} {
		for _, n := range []int{2, 8, 32} {
			v := rules[name](sig, -3, 3, n)
			fmt.Printf("%-9s n=%-3d %.10f err=%.2e\n", name, n, v, math.Abs(v-exact))
		}
	}
	gelu := func(x float64) float64 {
		return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
	}
	dgelu := func(x float64) float64 {
		return 0.5*(1+math.Erf(x/math.Sqrt2)) + x*math.Exp(-x*x/2)/math.Sqrt(2*math.Pi)
	}
	recon := gelu(-2) + simpson(dgelu, -2, 2, 64)
	fmt.Printf("gelu(2)=%.8f reconstructed=%.8f\n", gelu(2), recon)
}

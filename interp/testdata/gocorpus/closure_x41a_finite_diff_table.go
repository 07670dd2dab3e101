package main

import (
	"fmt"
	"math"
	"strings"
)

type scheme struct {
	name string
	diff func(f func(float64) float64, x, h float64) float64
}

func compose(fs ...func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	schemes := []scheme{
		{"forward", func(f func(float64) float64, x, h float64) float64 { return (f(x+h) - f(x)) / h }},
		{"backward", func(f func(float64) float64, x, h float64) float64 { return (f(x) - f(x-h)) / h }},
		{"central", func(f func(float64) float64, x, h float64) float64 { return (f(x+h) - f(x-h)) / (2 * h) }},
	}
	sigmoid := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	square := func(x float64) float64 { return x * x }
	g := compose(sigmoid, square) // sigmoid(x^2)
	x := 0.8
	s := sigmoid(x * x)
	exact := s * (1 - s) * 2 * x
	fmt.Printf("exact derivative of sigmoid(x^2) at %.1f: %.10f\n", x, exact)
	header := fmt.Sprintf("%-8s", "h")
	for _, sc := range schemes {
		header += fmt.Sprintf(" %12s", sc.name)
	}
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))
	for _, h := range []float64{1e-1, 1e-3, 1e-5} {
		line := fmt.Sprintf("%-8.0e", h)
		for _, sc := range schemes {
			line += fmt.Sprintf(" %12.2e", math.Abs(sc.diff(g, x, h)-exact))
		}
		fmt.Println(line)
	}
	var log []string
	traced := func(name string, f func(float64) float64) func(float64) float64 {
		return func(v float64) float64 {
			r := f(v)
			log = append(log, fmt.Sprintf("%s(%.2f)=%.3f", name, v, r))
			return r
		}
	}
	h := compose(traced("sig", sigmoid), traced("sq", square), traced("neg", func(v float64) float64 { return -v }))
	fmt.Printf("%.4f\n", h(1.5))
	fmt.Println(strings.Join(log, " -> "))
	adders := make([]func(float64) float64, 3)
	for i := range adders {
		adders[i] = func(v float64) float64 { return v + float64(i) }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}

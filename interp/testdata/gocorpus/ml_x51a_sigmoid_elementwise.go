package main

import (
	"fmt"
	"math"
)

type Activation struct {
	Name  string
	F     func(float64) float64
	Deriv func(x, y float64) float64
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

var activations = []Activation{
	{"sigmoid", sigmoid, func(_, y float64) float64 { return y * (1 - y) }},
	{"tanh", math.Tanh, func(_, y float64) float64 { return 1 - y*y }},
	{"relu", func(x float64) float64 { return math.Max(0, x) }, func(x, _ float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}},
	{"leaky", func(x float64) float64 {
		if x > 0 {
			return x
		}
		return 0.01 * x
	}, func(x, _ float64) float64 {
		if x > 0 {
			return 1
		}
		return 0.01
	}},
	{"gelu~", func(x float64) float64 { return x * sigmoid(1.702*x) }, func(x, _ float64) float64 {
		s := sigmoid(1.702 * x)
		return s + 1.702*x*s*(1-s)
	}},
}

func main() {
	xs := []float64{-2, -0.3, 0.4, 1.7}
	fmt.Printf("%-8s", "act")
	for _, x := range xs {
		fmt.Printf("%14g", x)
	}
	fmt.Println()
	for _, a := range activations {
		fmt.Printf("%-8s", a.Name)
		ok := true
		for _, x := range xs {
			y := a.F(x)
			an := a.Deriv(x, y)
			num := (a.F(x+1e-6) - a.F(x-1e-6)) / 2e-6
			if math.Abs(an-num) > 1e-6 {
				ok = false
			}
			fmt.Printf("  %5.3f/%5.3f", an, num)
		}
		fmt.Printf("  ok=%t\n", ok)
	}
}

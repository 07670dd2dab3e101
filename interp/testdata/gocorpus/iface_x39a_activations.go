package main

import (
	"fmt"
	"math"
	"strings"
)

type Activation interface {
	F(x float64) float64
	Deriv(x float64) float64
}

type Sigmoid struct{}
type Tanh struct{}
type ReLU struct{}
type LeakyReLU struct{ Alpha float64 }

func (Sigmoid) F(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
func (s Sigmoid) Deriv(x float64) float64 {
	y := s.F(x)
	return y * (1 - y)
}

func (Tanh) F(x float64) float64 { return math.Tanh(x) }
func (Tanh) Deriv(x float64) float64 {
	t := math.Tanh(x)
	return 1 - t*t
}

func (ReLU) F(x float64) float64 { return math.Max(0, x) }
func (ReLU) Deriv(x float64) float64 {
	if x > 0 {
		return 1
	}
	return 0
}

func (l LeakyReLU) F(x float64) float64 {
	if x > 0 {
		return x
	}
	return l.Alpha * x
}
func (l LeakyReLU) Deriv(x float64) float64 {
	if x > 0 {
		return 1
	}
	return l.Alpha
}

func (l LeakyReLU) String() string { return fmt.Sprintf("LeakyReLU(%.2f)", l.Alpha) }

func numericDeriv(a Activation, x float64) float64 {
	const h = 1e-5
	return (a.F(x+h) - a.F(x-h)) / (2 * h)
}

func name(a Activation) string {
	if s, ok := a.(fmt.Stringer); ok {
		return s.String()
	}
	t := fmt.Sprintf("%T", a)
	return strings.TrimPrefix(t, "main.")
}

func main() {
	acts := []Activation{Sigmoid{}, Tanh{}, ReLU{}, LeakyReLU{0.1}}
	xs := []float64{-2, -0.5, 0.5, 2}
	for _, a := range acts {
		fmt.Printf("%-16s", name(a))
		for _, x := range xs {
			fmt.Printf(" f(%4.1f)=%7.4f", x, a.F(x))
		}
		fmt.Println()
	}
	fmt.Println("gradient check:")
	for _, a := range acts {
		worst := 0.0
		for _, x := range xs {
			diff := math.Abs(a.Deriv(x) - numericDeriv(a, x))
			worst = math.Max(worst, diff)
		}
		ok := worst < 1e-6
		fmt.Printf("  %-16s max err %.1e ok=%t\n", name(a), worst, ok)
	}
	for _, a := range acts {
		switch v := a.(type) {
		case LeakyReLU:
			fmt.Printf("%T alpha=%v %+v\n", v, v.Alpha, v)
		case ReLU, Sigmoid:
			fmt.Printf("%T is parameter-free %v\n", v, v)
		default:
			fmt.Printf("other %#v\n", v)
		}
	}
	lookup := map[string]Activation{"relu": ReLU{}, "tanh": Tanh{}}
	if a, ok := lookup["tanh"]; ok {
		fmt.Printf("%.4f\n", a.F(1))
	}
	_, ok := lookup["gelu"]
	fmt.Println("gelu known:", ok)
}

package main

import (
	"fmt"
	"math"
	"sort"
)

type Activation struct {
	Name  string
	F     func(float64) float64
	Deriv func(float64) float64
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

var activations = map[string]Activation{
	"sigmoid": {"sigmoid", sigmoid, func(x float64) float64 { s := sigmoid(x); return s * (1 - s) }},
	"tanh":    {"tanh", math.Tanh, func(x float64) float64 { t := math.Tanh(x); return 1 - t*t }},
	"relu": {"relu", func(x float64) float64 { return math.Max(0, x) }, func(x float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	}},
	"leaky": {"leaky", func(x float64) float64 {
		if x > 0 {
			return x
		}
		return 0.01 * x
	}, func(x float64) float64 {
		if x > 0 {
			return 1
		}
		return 0.01
	}},
	"softplus": {"softplus", func(x float64) float64 { return math.Log1p(math.Exp(x)) }, sigmoid},
}

func mse(pred, target []float64) float64 {
	s := 0.0
	for i := range pred {
		d := pred[i] - target[i]
		s += d * d
	}
	return s / float64(len(pred))
}

func bce(pred, target []float64) float64 {
	s := 0.0
	const eps = 1e-12
	for i := range pred {
		p := math.Min(math.Max(pred[i], eps), 1-eps)
		s += -(target[i]*math.Log(p) + (1-target[i])*math.Log(1-p))
	}
	return s / float64(len(pred))
}

func main() {
	names := make([]string, 0, len(activations))
	for k := range activations {
		names = append(names, k)
	}
	sort.Strings(names)
	xs := []float64{-2, -0.5, 0, 0.5, 2}
	for _, n := range names {
		a := activations[n]
		fmt.Printf("%-8s", a.Name)
		for _, x := range xs {
			fmt.Printf(" %.4f/%.4f", a.F(x), a.Deriv(x))
		}
		fmt.Println()
	}
	pred := []float64{0.9, 0.2, 0.7, 0.4}
	tgt := []float64{1, 0, 1, 0}
	fmt.Printf("mse=%.4f bce=%.4f\n", mse(pred, tgt), bce(pred, tgt))
	fmt.Println(len(activations), activations["relu"].F(-3) == 0)
}

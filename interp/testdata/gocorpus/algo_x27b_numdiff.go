package main

import (
	"fmt"
	"math"
)

type Scheme int

const (
	Forward Scheme = iota
	Backward
	Central
	FivePoint
)

func (s Scheme) String() string {
	return [...]string{"forward", "backward", "central", "five-point"}[s]
}

func (s Scheme) Diff(f func(float64) float64, x, h float64) float64 {
	switch s {
	case Forward:
		return (f(x+h) - f(x)) / h
	case Backward:
		return (f(x) - f(x-h)) / h
	case Central:
		return (f(x+h) - f(x-h)) / (2 * h)
	case FivePoint:
		return (-f(x+2*h) + 8*f(x+h) - 8*f(x-h) + f(x-2*h)) / (12 * h)
	}
	panic(fmt.Sprintf("unknown scheme %d", int(s)))
}

func richardson(f func(float64) float64, x, h float64, levels int) float64 {
	d := make([][]float64, levels)
	for i := range d {
		d[i] = make([]float64, i+1)
		hi := h / math.Pow(2, float64(i))
		d[i][0] = Central.Diff(f, x, hi)
		for j := 1; j <= i; j++ {
			p := math.Pow(4, float64(j))
			d[i][j] = (p*d[i][j-1] - d[i-1][j-1]) / (p - 1)
		}
	}
	return d[levels-1][levels-1]
}

func main() {
	f := func(x float64) float64 { return math.Exp(x) * math.Sin(x) }
	df := func(x float64) float64 { return math.Exp(x) * (math.Sin(x) + math.Cos(x)) }
	x := 1.0
	exact := df(x)
	fmt.Printf("exact f'(1) = %.12f\n", exact)
	for _, s := range []Scheme{Forward, Backward, Central, FivePoint} {
		fmt.Printf("%-10v", s)
		for _, h := range []float64{1e-1, 1e-2, 1e-3} {
			fmt.Printf("  h=%.0e err=%.2e", h, math.Abs(s.Diff(f, x, h)-exact))
		}
		fmt.Println()
	}
	fmt.Printf("richardson: %.12f err=%.1e\n", richardson(f, x, 0.4, 5), math.Abs(richardson(f, x, 0.4, 5)-exact))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		Scheme(9).Diff(f, x, 0.1)
	}()
	fmt.Printf("%v %d\n", Central, Central)
}

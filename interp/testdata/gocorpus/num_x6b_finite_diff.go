// Exercises: forward, backward and centered finite differences, gradient check with relative error, generic abs
package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

func Abs[T Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func RelErr[T Float](a, b T) T {
	d := Abs(a) + Abs(b)
	if d == 0 {
		return 0
	}
	return Abs(a-b) / d
}

type Diff func(f func(float64) float64, x, h float64) float64

func main() {
	rules := map[string]Diff{
		"forward":  func(f func(float64) float64, x, h float64) float64 { return (f(x+h) - f(x)) / h },
		"backward": func(f func(float64) float64, x, h float64) float64 { return (f(x) - f(x-h)) / h },
		"centered": func(f func(float64) float64, x, h float64) float64 { return (f(x+h) - f(x-h)) / (2 * h) },
	}
	f := func(x float64) float64 { return math.Exp(x) * math.Sin(x) }
	x := 0.7
	exact := math.Exp(x) * (math.Sin(x) + math.Cos(x))
	for _, name := range []string{"forward", "backward", "centered"} {
		for _, h := range []float64{1e-1, 1e-3, 1e-5} {
			g := rules[name](f, x, h)
			fmt.Printf("%-9s h=%.0e rel=%.2e\n", name, h, RelErr(g, exact))
		}
	}
	fmt.Println(RelErr(float32(1.0), float32(1.5)))
	fmt.Println(len(rules))
}

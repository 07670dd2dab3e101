// Exercises: an interface of activation functions, value and pointer implementations, a parameterized one
package main

import (
	"fmt"
	"math"
)

type Activation interface {
	Apply(x float64) float64
	Grad(x float64) float64
}

type ReLU struct{}
type Tanh struct{}
type Leaky struct{ Alpha float64 }

func (ReLU) Apply(x float64) float64 { return math.Max(0, x) }
func (ReLU) Grad(x float64) float64 {
	if x > 0 {
		return 1
	}
	return 0
}
func (Tanh) Apply(x float64) float64  { return math.Tanh(x) }
func (t Tanh) Grad(x float64) float64 { y := t.Apply(x); return 1 - y*y }
func (l *Leaky) Apply(x float64) float64 {
	if x > 0 {
		return x
	}
	return l.Alpha * x
}
func (l *Leaky) Grad(x float64) float64 { return map[bool]float64{true: 1, false: l.Alpha}[x > 0] }

func main() {
	acts := map[string]Activation{"relu": ReLU{}, "tanh": Tanh{}, "leaky": &Leaky{0.1}}
	for _, name := range []string{"relu", "tanh", "leaky"} {
		a := acts[name]
		fmt.Printf("%-5s %T f(-2)=%.4f f'(-2)=%.4f f(0.5)=%.4f\n", name, a, a.Apply(-2), a.Grad(-2), a.Apply(0.5))
	}
}

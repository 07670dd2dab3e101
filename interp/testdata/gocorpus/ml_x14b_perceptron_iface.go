package main

import (
	"fmt"
	"math"
)

type Activation interface {
	F(x float64) float64
	DF(y float64) float64
	fmt.Stringer
}

type Sigmoid struct{}
type Tanh struct{}
type Linear struct{ Slope float64 }

func (Sigmoid) F(x float64) float64  { return 1 / (1 + math.Exp(-x)) }
func (Sigmoid) DF(y float64) float64 { return y * (1 - y) }
func (Sigmoid) String() string       { return "sigmoid" }
func (Tanh) F(x float64) float64     { return math.Tanh(x) }
func (Tanh) DF(y float64) float64    { return 1 - y*y }
func (Tanh) String() string          { return "tanh" }
func (l Linear) F(x float64) float64 { return l.Slope * x }
func (l Linear) DF(float64) float64  { return l.Slope }
func (l Linear) String() string      { return fmt.Sprintf("linear(%g)", l.Slope) }

type Neuron struct {
	W   []float64
	B   float64
	Act Activation
}

func (n *Neuron) Forward(x []float64) float64 {
	s := n.B
	for i := range x {
		s += n.W[i] * x[i]
	}
	return n.Act.F(s)
}

func (n *Neuron) Train(X [][]float64, Y []float64, lr float64, epochs int) float64 {
	var loss float64
	for range epochs {
		loss = 0
		for i, x := range X {
			y := n.Forward(x)
			e := y - Y[i]
			loss += 0.5 * e * e
			d := e * n.Act.DF(y)
			for j := range n.W {
				n.W[j] -= lr * d * x[j]
			}
			n.B -= lr * d
		}
	}
	return loss
}

func main() {
	X := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	targets := map[string][]float64{"AND": {0, 0, 0, 1}, "OR": {0, 1, 1, 1}}
	for _, gate := range []string{"AND", "OR"} {
		for _, act := range []Activation{Sigmoid{}, Tanh{}, Linear{0.5}} {
			n := &Neuron{W: []float64{0.1, -0.1}, Act: act}
			loss := n.Train(X, targets[gate], 0.5, 500)
			outs := make([]string, len(X))
			for i, x := range X {
				outs[i] = fmt.Sprintf("%.2f", n.Forward(x))
			}
			fmt.Printf("%-3s %-12v loss=%.5f out=%v\n", gate, act, loss, outs)
		}
	}
}

package main

import (
	"fmt"
	"math"
	"strings"
)

type Module interface {
	Forward(x []float64) []float64
	Params() int
	Describe() string
}

type Named struct{ name string }

func (n Named) Describe() string { return n.name }

type Dense struct {
	Named
	W [][]float64
}

func (d *Dense) Forward(x []float64) []float64 {
	out := make([]float64, len(d.W))
	for i, r := range d.W {
		for j, w := range r {
			out[i] += w * x[j]
		}
	}
	return out
}
func (d *Dense) Params() int { return len(d.W) * len(d.W[0]) }
func (d *Dense) Describe() string {
	return fmt.Sprintf("%s[%dx%d]", d.Named.Describe(), len(d.W), len(d.W[0]))
}

type Act struct {
	Named
	f func(float64) float64
}

func (a Act) Forward(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = a.f(v)
	}
	return out
}
func (Act) Params() int { return 0 }

type Sequential struct {
	Named
	layers []Module
}

func (s *Sequential) Forward(x []float64) []float64 {
	for _, l := range s.layers {
		x = l.Forward(x)
	}
	return x
}
func (s *Sequential) Params() (n int) {
	for _, l := range s.layers {
		n += l.Params()
	}
	return
}
func (s *Sequential) Describe() string {
	parts := []string{}
	for _, l := range s.layers {
		parts = append(parts, l.Describe())
	}
	return s.name + "(" + strings.Join(parts, " -> ") + ")"
}

func main() {
	relu := Act{Named{"relu"}, func(v float64) float64 { return math.Max(0, v) }}
	inner := &Sequential{Named{"block"}, []Module{
		&Dense{Named{"fc1"}, [][]float64{{1, -1}, {0.5, 0.5}, {-1, 2}}},
		relu,
	}}
	net := &Sequential{Named{"net"}, []Module{
		inner,
		&Dense{Named{"fc2"}, [][]float64{{1, 1, 1}}},
		Act{Named{"sigmoid"}, func(v float64) float64 { return 1 / (1 + math.Exp(-v)) }},
	}}
	fmt.Println(net.Describe())
	fmt.Println("params:", net.Params())
	for _, x := range [][]float64{{1, 2}, {-1, 0}, {0.5, -0.5}} {
		fmt.Printf("%v -> %.5f\n", x, net.Forward(x))
	}
	var m Module = relu
	fmt.Println(m.Describe(), m.Params(), relu.name)
}

// Exercises: notebook order: types first, functions that use their methods next, the methods declared in a later group
package main

import (
	"fmt"
	"strings"
)

type Neuron struct {
	W    []float64
	Bias float64
}

type Layer struct {
	Neurons []Neuron
	Name    string
}

var net = []Layer{
	{Name: "hidden", Neurons: []Neuron{{[]float64{1, -1}, 0}, {[]float64{0.5, 0.5}, 1}}},
	{Name: "out", Neurons: []Neuron{{[]float64{-1, 2}, 0.5}}},
}

func run(x []float64) []float64 {
	for _, l := range net {
		x = l.Forward(x)
	}
	return x
}

func summary() string {
	var parts []string
	for _, l := range net {
		parts = append(parts, l.String())
	}
	return strings.Join(parts, " -> ")
}

func (n Neuron) Activate(x []float64) float64 {
	s := n.Bias
	for i, w := range n.W {
		s += w * x[i]
	}
	return max(0, s)
}

func (l Layer) Forward(x []float64) []float64 {
	out := make([]float64, len(l.Neurons))
	for i, n := range l.Neurons {
		out[i] = n.Activate(x)
	}
	return out
}

func (l Layer) String() string { return fmt.Sprintf("%s(%d)", l.Name, len(l.Neurons)) }

func main() {
	fmt.Println(summary())
	fmt.Println(run([]float64{2, 1}), run([]float64{-1, 3}))
	fmt.Println(net)
}

// Exercises: Neuron/Layer/MLP structs with slices of pointers, seeded math/rand, nested method calls, parameter counting
package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Neuron struct {
	W, Lin []float64
	B      float64
}
type Layer struct{ Neurons []*Neuron }
type MLP struct{ Layers []*Layer }

func (n *Neuron) Call(x []float64) float64 {
	s := n.B
	for i, xi := range x {
		s += n.W[i] * xi
	}
	if len(n.Lin) == 0 {
		s = math.Tanh(s)
	}
	return s
}
func NewMLP(nin int, sizes []int, r *rand.Rand) *MLP {
	m, dims := &MLP{}, append([]int{nin}, sizes...)
	for i := range sizes {
		l := &Layer{}
		for range dims[i+1] {
			n := &Neuron{W: make([]float64, dims[i]), Lin: make([]float64, i/(len(sizes)-1))}
			for k := range n.W {
				n.W[k] = r.Float64()*2 - 1
			}
			l.Neurons = append(l.Neurons, n)
		}
		m.Layers = append(m.Layers, l)
	}
	return m
}
func main() {
	m := NewMLP(3, []int{4, 4, 1}, rand.New(rand.NewSource(1)))
	params := 0
	for _, l := range m.Layers {
		params += len(l.Neurons) * (len(l.Neurons[0].W) + 1)
	}
	fmt.Println("layers:", len(m.Layers), "params:", params, "last linear:", len(m.Layers[2].Neurons[0].Lin) == 1)
	for _, x := range [][]float64{{2, 3, -1}, {3, -1, 0.5}, {0.5, 1, 1}} {
		out := x
		for _, l := range m.Layers {
			next := make([]float64, len(l.Neurons))
			for j, n := range l.Neurons {
				next[j] = n.Call(out)
			}
			out = next
		}
		fmt.Printf("%v -> %.6f\n", x, out[0])
	}
}

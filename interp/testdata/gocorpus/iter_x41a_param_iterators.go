package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Neuron struct {
	W []float64
	B float64
}

type Layer struct {
	Name    string
	Neurons []Neuron
}

type MLP struct{ Layers []Layer }

func (m *MLP) Params() iter.Seq2[string, *float64] {
	return func(yield func(string, *float64) bool) {
		for _, l := range m.Layers {
			for ni := range l.Neurons {
				n := &l.Neurons[ni]
				for wi := range n.W {
					if !yield(fmt.Sprintf("%s.n%d.w%d", l.Name, ni, wi), &n.W[wi]) {
						return
					}
				}
				if !yield(fmt.Sprintf("%s.n%d.b", l.Name, ni), &n.B) {
					return
				}
			}
		}
	}
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	m := &MLP{Layers: []Layer{
		{"h", []Neuron{{W: []float64{0.1, 0.2}, B: 0}, {W: []float64{-0.3, 0.4}, B: 0.5}}},
		{"o", []Neuron{{W: []float64{1, -1}, B: 0.1}}},
	}}
	count := 0
	for name, p := range m.Params() {
		count++
		*p *= 2
		if count <= 4 {
			fmt.Println(name, *p)
		}
	}
	fmt.Println("total params:", count)
	for name, p := range m.Params() {
		if name == "o.n0.b" {
			fmt.Println("found output bias", *p)
			break
		}
	}
	for i := range countdown(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i*i, ",")
	}
	fmt.Println()
	sq := slices.Collect(func(yield func(float64) bool) {
		for _, p := range m.Params() {
			if !yield(*p * *p) {
				return
			}
		}
	})
	fmt.Println(len(sq), sq[:3])
	lookup := map[string]float64{}
	for k, p := range m.Params() {
		lookup[k] = *p
	}
	keys := slices.Sorted(maps.Keys(lookup))
	fmt.Println(keys[0], keys[len(keys)-1])
	for i, v := range slices.Backward([]string{"fwd", "loss", "bwd"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}

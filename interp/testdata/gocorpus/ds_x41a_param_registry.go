package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Param struct {
	Data []float64
	Grad []float64
}

type Registry struct {
	params map[string]*Param
	order  []string
}

func NewRegistry() *Registry { return &Registry{params: make(map[string]*Param)} }

func (r *Registry) Register(name string, data ...float64) *Param {
	if _, dup := r.params[name]; dup {
		panic("duplicate parameter " + name)
	}
	p := &Param{Data: data, Grad: make([]float64, len(data))}
	r.params[name] = p
	r.order = append(r.order, name)
	return p
}

func (r *Registry) ZeroGrad() {
	for _, p := range r.params {
		clear(p.Grad)
	}
}

func (r *Registry) Count() (n int) {
	for _, p := range r.params {
		n += len(p.Data)
	}
	return
}

func (r *Registry) Step(lr float64) {
	for _, name := range r.order {
		p := r.params[name]
		for i := range p.Data {
			p.Data[i] -= lr * p.Grad[i]
		}
	}
}

func main() {
	reg := NewRegistry()
	w1 := reg.Register("layer1.weight", 0.5, -0.5, 0.25, 1)
	b1 := reg.Register("layer1.bias", 0, 0)
	w2 := reg.Register("layer2.weight", 1, -1)
	reg.Register("layer2.bias", 0.1)
	fmt.Println("params:", reg.Count())
	names := slices.Sorted(maps.Keys(reg.params))
	fmt.Println(names)
	for i := range w1.Grad {
		w1.Grad[i] = float64(i + 1)
	}
	b1.Grad[1] = -2
	w2.Grad[0] = 0.5
	reg.Step(0.1)
	for _, n := range reg.order {
		fmt.Printf("%-14s %v\n", n, reg.params[n].Data)
	}
	reg.ZeroGrad()
	fmt.Println("grads after zero:", w1.Grad, b1.Grad)
	groups := map[string][]string{}
	for _, n := range reg.order {
		layer, _, _ := strings.Cut(n, ".")
		groups[layer] = append(groups[layer], n)
	}
	fmt.Println(groups)
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		reg.Register("layer1.bias")
	}()
	cp := maps.Clone(reg.params)
	delete(cp, "layer2.bias")
	fmt.Println(len(cp), len(reg.params))
	idx, found := slices.BinarySearch(names, "layer2.bias")
	fmt.Println(idx, found)
}

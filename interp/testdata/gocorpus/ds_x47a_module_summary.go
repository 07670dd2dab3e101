package main

import (
	"fmt"
	"sort"
	"strings"
)

type Param struct {
	Shape []int
	Data  []float64
	Grad  []float64
}

func NewParam(fill float64, shape ...int) *Param {
	n := 1
	for _, s := range shape {
		n *= s
	}
	p := &Param{Shape: shape, Data: make([]float64, n), Grad: make([]float64, n)}
	for i := range p.Data {
		p.Data[i] = fill
	}
	return p
}

func (p *Param) Numel() int { return len(p.Data) }

type Module interface {
	Name() string
	Params() map[string]*Param
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Linear struct {
	base
	W, B *Param
}

func (l *Linear) Params() map[string]*Param { return map[string]*Param{"weight": l.W, "bias": l.B} }

type Tanh struct{ base }

func (Tanh) Params() map[string]*Param { return nil }

type Sequential struct {
	base
	Layers []Module
}

func (s *Sequential) Params() map[string]*Param {
	out := map[string]*Param{}
	for i, l := range s.Layers {
		for k, p := range l.Params() {
			out[fmt.Sprintf("%d.%s.%s", i, l.Name(), k)] = p
		}
	}
	return out
}

func NewLinear(name string, in, out int) *Linear {
	return &Linear{base{name}, NewParam(0.01, out, in), NewParam(0, out)}
}

func ZeroGrad(m Module) int {
	n := 0
	for _, p := range m.Params() {
		clear(p.Grad)
		n++
	}
	return n
}

func main() {
	net := &Sequential{base{"net"}, []Module{
		NewLinear("fc1", 3, 16), Tanh{base{"act1"}},
		NewLinear("fc2", 16, 16), Tanh{base{"act2"}},
		NewLinear("out", 16, 1),
	}}
	ps := net.Params()
	names := make([]string, 0, len(ps))
	for k := range ps {
		names = append(names, k)
	}
	sort.Strings(names)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-16s %-10s %6s\n", "name", "shape", "numel")
	sb.WriteString(strings.Repeat("-", 34) + "\n")
	total := 0
	for _, n := range names {
		p := ps[n]
		total += p.Numel()
		fmt.Fprintf(&sb, "%-16s %-10v %6d\n", n, p.Shape, p.Numel())
	}
	fmt.Fprintf(&sb, "total parameters: %d\n", total)
	fmt.Print(sb.String())
	ps["0.fc1.weight"].Grad[3] = 1.5
	fmt.Println("zeroed", ZeroGrad(net), "tensors; grad[3] =", ps["0.fc1.weight"].Grad[3])
	for _, l := range net.Layers {
		switch m := l.(type) {
		case *Linear:
			fmt.Printf("%s: Linear(%d -> %d)\n", m.Name(), m.W.Shape[1], m.W.Shape[0])
		case Tanh:
			fmt.Printf("%s: %T\n", m.Name(), m)
		}
	}
}

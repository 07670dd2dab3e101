package main

import (
	"fmt"
	"math"
)

type Param struct {
	Val, Grad float64
}

func (p *Param) Step(lr float64) { p.Val -= lr * p.Grad; p.Grad = 0 }

type Module struct {
	params []*Param
}

func (m *Module) Params() []*Param { return m.params }
func (m *Module) ZeroGrad() {
	for _, p := range m.params {
		p.Grad = 0
	}
}
func (m *Module) newParam(v float64) *Param {
	p := &Param{Val: v}
	m.params = append(m.params, p)
	return p
}

type Neuron struct {
	Module
	w    []*Param
	b    *Param
	x    []float64
	out  float64
	relu bool
}

func NewNeuron(ws []float64, b float64, relu bool) *Neuron {
	n := &Neuron{relu: relu}
	for _, w := range ws {
		n.w = append(n.w, n.newParam(w))
	}
	n.b = n.newParam(b)
	return n
}

func (n *Neuron) Forward(x []float64) float64 {
	n.x = x
	s := n.b.Val
	for i, w := range n.w {
		s += w.Val * x[i]
	}
	if n.relu {
		s = math.Max(0, s)
	}
	n.out = s
	return s
}

func (n *Neuron) Backward(d float64) {
	if n.relu && n.out <= 0 {
		return
	}
	for i, w := range n.w {
		w.Grad += d * n.x[i]
	}
	n.b.Grad += d
}

func main() {
	n := NewNeuron([]float64{0.3, -0.2, 0.8}, 0.1, true)
	xs := [][]float64{{1, 2, 3}, {-1, -1, -1}, {0.5, 0, 2}}
	ys := []float64{2.5, 0, 1.5}
	for epoch := 0; epoch < 5; epoch++ {
		n.ZeroGrad()
		loss := 0.0
		for i, x := range xs {
			d := n.Forward(x) - ys[i]
			loss += d * d
			n.Backward(2 * d)
		}
		for _, p := range n.Params() {
			p.Step(0.02)
		}
		fmt.Printf("epoch %d loss %.5f\n", epoch, loss)
	}
	for i, p := range n.Params() {
		fmt.Printf("p%d=%.4f ", i, p.Val)
	}
	fmt.Println()
	fmt.Println(len(n.Module.params), n.relu)
}

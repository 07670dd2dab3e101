package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Value struct {
	data, grad float64
	prev       []*Value
	op         string
	back       func()
}

func newV(d float64, op string, prev ...*Value) *Value {
	return &Value{data: d, op: op, prev: prev, back: func() {}}
}

func (a *Value) Add(b *Value) *Value {
	o := newV(a.data+b.data, "+", a, b)
	o.back = func() { a.grad += o.grad; b.grad += o.grad }
	return o
}
func (a *Value) Mul(b *Value) *Value {
	o := newV(a.data*b.data, "*", a, b)
	o.back = func() { a.grad += b.data * o.grad; b.grad += a.data * o.grad }
	return o
}
func (a *Value) Tanh() *Value {
	t := math.Tanh(a.data)
	o := newV(t, "tanh", a)
	o.back = func() { a.grad += (1 - t*t) * o.grad }
	return o
}
func (a *Value) Neg() *Value { return a.Mul(newV(-1, "")) }

func (v *Value) Backward() {
	var order []*Value
	seen := map[*Value]bool{}
	var dfs func(*Value)
	dfs = func(n *Value) {
		if !seen[n] {
			seen[n] = true
			for _, p := range n.prev {
				dfs(p)
			}
			order = append(order, n)
		}
	}
	dfs(v)
	v.grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		order[i].back()
	}
}

type Neuron struct {
	w []*Value
	b *Value
}

func (n Neuron) Call(x []*Value) *Value {
	s := n.b
	for i, w := range n.w {
		s = s.Add(w.Mul(x[i]))
	}
	return s.Tanh()
}

type MLP struct{ layers [][]Neuron }

func NewMLP(r *rand.Rand, sizes ...int) *MLP {
	m := &MLP{}
	for l := 0; l+1 < len(sizes); l++ {
		var layer []Neuron
		for range sizes[l+1] {
			n := Neuron{b: newV(0, "b")}
			for range sizes[l] {
				n.w = append(n.w, newV(r.Float64()*2-1, "w"))
			}
			layer = append(layer, n)
		}
		m.layers = append(m.layers, layer)
	}
	return m
}

func (m *MLP) Call(x []*Value) *Value {
	for _, layer := range m.layers {
		out := make([]*Value, len(layer))
		for i, n := range layer {
			out[i] = n.Call(x)
		}
		x = out
	}
	return x[0]
}

func (m *MLP) Params() (ps []*Value) {
	for _, layer := range m.layers {
		for _, n := range layer {
			ps = append(append(ps, n.w...), n.b)
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	m := NewMLP(r, 3, 4, 4, 1)
	xs := [][]float64{{2, 3, -1}, {3, -1, 0.5}, {0.5, 1, 1}, {1, 1, -1}}
	ys := []float64{1, -1, -1, 1}
	fmt.Println("params:", len(m.Params()))
	for step := 0; step < 60; step++ {
		loss := newV(0, "")
		for i, x := range xs {
			in := []*Value{newV(x[0], ""), newV(x[1], ""), newV(x[2], "")}
			d := m.Call(in).Add(newV(ys[i], "").Neg())
			loss = loss.Add(d.Mul(d))
		}
		for _, p := range m.Params() {
			p.grad = 0
		}
		loss.Backward()
		for _, p := range m.Params() {
			p.data -= 0.05 * p.grad
		}
		if step%15 == 0 || step == 59 {
			fmt.Printf("step %2d loss=%.4f\n", step, loss.data)
		}
	}
	for _, x := range xs {
		fmt.Printf("%.4f ", m.Call([]*Value{newV(x[0], ""), newV(x[1], ""), newV(x[2], "")}).data)
	}
	fmt.Println()
}

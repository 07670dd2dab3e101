package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Value struct {
	Data, Grad float64
	prev       []*Value
	back       func()
}

func Val(x float64) *Value { return &Value{Data: x} }

func (a *Value) Add(b *Value) *Value {
	o := &Value{Data: a.Data + b.Data, prev: []*Value{a, b}}
	o.back = func() { a.Grad += o.Grad; b.Grad += o.Grad }
	return o
}
func (a *Value) Mul(b *Value) *Value {
	o := &Value{Data: a.Data * b.Data, prev: []*Value{a, b}}
	o.back = func() { a.Grad += b.Data * o.Grad; b.Grad += a.Data * o.Grad }
	return o
}
func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	o := &Value{Data: t, prev: []*Value{a}}
	o.back = func() { a.Grad += (1 - t*t) * o.Grad }
	return o
}
func (a *Value) Backward() {
	var topo []*Value
	vis := map[*Value]bool{}
	var build func(*Value)
	build = func(v *Value) {
		if !vis[v] {
			vis[v] = true
			for _, p := range v.prev {
				build(p)
			}
			topo = append(topo, v)
		}
	}
	build(a)
	a.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		if topo[i].back != nil {
			topo[i].back()
		}
	}
}

type Neuron struct {
	W []*Value
	B *Value
}

func NewNeuron(nin int, r *rand.Rand) *Neuron {
	n := &Neuron{B: Val(r.Float64()*2 - 1)}
	for range nin {
		n.W = append(n.W, Val(r.Float64()*2-1))
	}
	return n
}

func (n *Neuron) Call(x []*Value) *Value {
	act := n.B
	for i, w := range n.W {
		act = act.Add(w.Mul(x[i]))
	}
	return act.Tanh()
}

func (n *Neuron) Parameters() []*Value { return append(append([]*Value{}, n.W...), n.B) }

type Layer struct{ Neurons []*Neuron }

func (l *Layer) Call(x []*Value) []*Value {
	out := make([]*Value, len(l.Neurons))
	for i, n := range l.Neurons {
		out[i] = n.Call(x)
	}
	return out
}

type MLP struct{ Layers []*Layer }

func NewMLP(nin int, outs []int, r *rand.Rand) *MLP {
	sz := append([]int{nin}, outs...)
	m := &MLP{}
	for i := range outs {
		l := &Layer{}
		for range sz[i+1] {
			l.Neurons = append(l.Neurons, NewNeuron(sz[i], r))
		}
		m.Layers = append(m.Layers, l)
	}
	return m
}

func (m *MLP) Call(x []*Value) []*Value {
	for _, l := range m.Layers {
		x = l.Call(x)
	}
	return x
}

func (m *MLP) Parameters() (ps []*Value) {
	for _, l := range m.Layers {
		for _, n := range l.Neurons {
			ps = append(ps, n.Parameters()...)
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	m := NewMLP(3, []int{4, 4, 1}, r)
	xs := [][]float64{{2, 3, -1}, {3, -1, 0.5}, {0.5, 1, 1}, {1, 1, -1}}
	ys := []float64{1, -1, -1, 1}
	fmt.Println("params:", len(m.Parameters()))
	for step := 0; step < 30; step++ {
		loss := Val(0)
		var preds []float64
		for i, x := range xs {
			in := []*Value{Val(x[0]), Val(x[1]), Val(x[2])}
			p := m.Call(in)[0]
			preds = append(preds, p.Data)
			d := p.Add(Val(-ys[i]))
			loss = loss.Add(d.Mul(d))
		}
		for _, p := range m.Parameters() {
			p.Grad = 0
		}
		loss.Backward()
		for _, p := range m.Parameters() {
			p.Data -= 0.1 * p.Grad
		}
		if step%5 == 0 || step == 29 {
			fmt.Printf("step %2d loss %.5f preds %.3f\n", step, loss.Data, preds)
		}
	}
}

package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

type Value struct {
	data, grad float64
	prev       []*Value
	back       func()
}

func val(x float64) *Value { return &Value{data: x, back: func() {}} }

func add(a, b *Value) *Value {
	o := &Value{data: a.data + b.data, prev: []*Value{a, b}}
	o.back = func() { a.grad += o.grad; b.grad += o.grad }
	return o
}

func mul(a, b *Value) *Value {
	o := &Value{data: a.data * b.data, prev: []*Value{a, b}}
	o.back = func() { a.grad += b.data * o.grad; b.grad += a.data * o.grad }
	return o
}

func tanh(a *Value) *Value {
	t := math.Tanh(a.data)
	o := &Value{data: t, prev: []*Value{a}}
	o.back = func() { a.grad += (1 - t*t) * o.grad }
	return o
}

func (v *Value) backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var build func(*Value)
	build = func(n *Value) {
		if !seen[n] {
			seen[n] = true
			for _, p := range n.prev {
				build(p)
			}
			topo = append(topo, n)
		}
	}
	build(v)
	v.grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].back()
	}
}

type Neuron struct {
	w []*Value
	b *Value
}

func (n Neuron) call(x []*Value) *Value {
	act := n.b
	for i, wi := range n.w {
		act = add(act, mul(wi, x[i]))
	}
	return tanh(act)
}

type MLP [][]Neuron

func newMLP(r *rand.Rand, sizes ...int) MLP {
	var m MLP
	for l := 0; l+1 < len(sizes); l++ {
		layer := make([]Neuron, sizes[l+1])
		for j := range layer {
			layer[j].b = val(r.Float64()*2 - 1)
			for range sizes[l] {
				layer[j].w = append(layer[j].w, val(r.Float64()*2-1))
			}
		}
		m = append(m, layer)
	}
	return m
}

func (m MLP) call(x []*Value) []*Value {
	for _, layer := range m {
		out := make([]*Value, len(layer))
		for j, n := range layer {
			out[j] = n.call(x)
		}
		x = out
	}
	return x
}

func (m MLP) params() (ps []*Value) {
	for _, layer := range m {
		for _, n := range layer {
			ps = append(ps, n.w...)
			ps = append(ps, n.b)
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	net := newMLP(r, 3, 4, 4, 1)
	xs := [][]float64{{2, 3, -1}, {3, -1, 0.5}, {0.5, 1, 1}, {1, 1, -1}}
	ys := []float64{1, -1, -1, 1}
	fmt.Println("parameters:", len(net.params()))
	for step := 0; step < 20; step++ {
		loss := val(0)
		var preds []float64
		for i, x := range xs {
			in := []*Value{val(x[0]), val(x[1]), val(x[2])}
			out := net.call(in)[0]
			preds = append(preds, out.data)
			diff := add(out, val(-ys[i]))
			loss = add(loss, mul(diff, diff))
		}
		for _, p := range net.params() {
			p.grad = 0
		}
		loss.backward()
		for _, p := range net.params() {
			p.data -= 0.05 * p.grad
		}
		if step%5 == 0 || step == 19 {
			fmt.Printf("step %2d loss %.6f preds %.3f\n", step, loss.data, preds)
		}
	}
}

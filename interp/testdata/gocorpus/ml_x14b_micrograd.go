package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	prev       []*Value
	op         string
	backward   func()
}

func NewValue(d float64) *Value { return &Value{Data: d, backward: func() {}} }

func (a *Value) Add(b *Value) *Value {
	out := &Value{Data: a.Data + b.Data, prev: []*Value{a, b}, op: "+"}
	out.backward = func() {
		a.Grad += out.Grad
		b.Grad += out.Grad
	}
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{Data: a.Data * b.Data, prev: []*Value{a, b}, op: "*"}
	out.backward = func() {
		a.Grad += b.Data * out.Grad
		b.Grad += a.Data * out.Grad
	}
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, prev: []*Value{a}, op: "tanh"}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}

func (v *Value) Backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var build func(*Value)
	build = func(n *Value) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, p := range n.prev {
			build(p)
		}
		topo = append(topo, n)
	}
	build(v)
	v.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].backward()
	}
}

func (v *Value) String() string { return fmt.Sprintf("Value(data=%.4f, grad=%.4f)", v.Data, v.Grad) }

func main() {
	x1, x2 := NewValue(2), NewValue(0)
	w1, w2 := NewValue(-3), NewValue(1)
	b := NewValue(6.8813735870195432)
	n := x1.Mul(w1).Add(x2.Mul(w2)).Add(b)
	o := n.Tanh()
	o.Backward()
	for _, v := range []*Value{x1, x2, w1, w2, b, n, o} {
		fmt.Println(v)
	}
	fmt.Println(o.op, n.op)
}

package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data     float64
	Grad     float64
	Op       string
	Label    string
	prev     []*Value
	backward func()
}

func NewValue(d float64, label string) *Value {
	return &Value{Data: d, Label: label, backward: func() {}}
}

func (a *Value) Add(b *Value) *Value {
	out := &Value{Data: a.Data + b.Data, Op: "+", prev: []*Value{a, b}}
	out.backward = func() {
		a.Grad += out.Grad
		b.Grad += out.Grad
	}
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{Data: a.Data * b.Data, Op: "*", prev: []*Value{a, b}}
	out.backward = func() {
		a.Grad += b.Data * out.Grad
		b.Grad += a.Data * out.Grad
	}
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, Op: "tanh", prev: []*Value{a}}
	out.backward = func() {
		a.Grad += (1 - t*t) * out.Grad
	}
	return out
}

func (v *Value) Backward() {
	var topo []*Value
	visited := map[*Value]bool{}
	var build func(*Value)
	build = func(n *Value) {
		if visited[n] {
			return
		}
		visited[n] = true
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

func (v *Value) String() string {
	return fmt.Sprintf("Value(%s data=%.4f grad=%.4f)", v.Label, v.Data, v.Grad)
}

func main() {
	x1 := NewValue(2.0, "x1")
	x2 := NewValue(0.0, "x2")
	w1 := NewValue(-3.0, "w1")
	w2 := NewValue(1.0, "w2")
	b := NewValue(6.8813735870195432, "b")
	x1w1 := x1.Mul(w1)
	x1w1.Label = "x1*w1"
	x2w2 := x2.Mul(w2)
	x2w2.Label = "x2*w2"
	n := x1w1.Add(x2w2).Add(b)
	n.Label = "n"
	o := n.Tanh()
	o.Label = "o"
	o.Backward()
	for _, v := range []*Value{o, n, x1w1, x2w2, x1, x2, w1, w2, b} {
		fmt.Println(v)
	}
	fmt.Printf("op of o: %q, op of n: %q\n", o.Op, n.Op)
}

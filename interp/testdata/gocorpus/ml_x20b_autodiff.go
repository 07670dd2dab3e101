package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data     float64
	Grad     float64
	children []*Value
	op       string
	backward func()
}

func V(x float64) *Value { return &Value{Data: x, backward: func() {}} }

func (a *Value) Add(b *Value) *Value {
	out := &Value{Data: a.Data + b.Data, children: []*Value{a, b}, op: "+"}
	out.backward = func() {
		a.Grad += out.Grad
		b.Grad += out.Grad
	}
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{Data: a.Data * b.Data, children: []*Value{a, b}, op: "*"}
	out.backward = func() {
		a.Grad += b.Data * out.Grad
		b.Grad += a.Data * out.Grad
	}
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, children: []*Value{a}, op: "tanh"}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}

func (a *Value) Relu() *Value {
	d := a.Data
	if d < 0 {
		d = 0
	}
	out := &Value{Data: d, children: []*Value{a}, op: "relu"}
	out.backward = func() {
		if out.Data > 0 {
			a.Grad += out.Grad
		}
	}
	return out
}

func (a *Value) Exp() *Value {
	e := math.Exp(a.Data)
	out := &Value{Data: e, children: []*Value{a}, op: "exp"}
	out.backward = func() { a.Grad += e * out.Grad }
	return out
}

func (v *Value) Backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var build func(n *Value)
	build = func(n *Value) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, c := range n.children {
			build(c)
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
	return fmt.Sprintf("Value(%.4f, grad=%.4f, op=%q)", v.Data, v.Grad, v.op)
}

func main() {
	x1, x2 := V(2), V(0)
	w1, w2 := V(-3), V(1)
	b := V(6.8813735870195432)
	n := x1.Mul(w1).Add(x2.Mul(w2)).Add(b)
	o := n.Tanh()
	o.Backward()
	for _, v := range []*Value{x1, x2, w1, w2, b, n, o} {
		fmt.Println(v)
	}
	a := V(-1.5)
	c := a.Relu().Add(a.Exp()).Mul(a)
	c.Backward()
	fmt.Printf("c=%.4f da=%.4f\n", c.Data, a.Grad)
	shared := V(3)
	d := shared.Mul(shared).Add(shared)
	d.Backward()
	fmt.Printf("d=%.4f dshared=%.4f\n", d.Data, shared.Grad)
}

package main

import (
	"fmt"
	"math"
)

type Value struct {
	data, grad float64
	prev       []*Value
	op         string
	backward   func()
}

func NewValue(x float64) *Value { return &Value{data: x, backward: func() {}} }

func (a *Value) Add(b *Value) *Value {
	out := &Value{data: a.data + b.data, prev: []*Value{a, b}, op: "+"}
	out.backward = func() {
		a.grad += out.grad
		b.grad += out.grad
	}
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{data: a.data * b.data, prev: []*Value{a, b}, op: "*"}
	out.backward = func() {
		a.grad += b.data * out.grad
		b.grad += a.data * out.grad
	}
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.data)
	out := &Value{data: t, prev: []*Value{a}, op: "tanh"}
	out.backward = func() { a.grad += (1 - t*t) * out.grad }
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
	v.grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].backward()
	}
}

func (v *Value) String() string {
	return fmt.Sprintf("Value(data=%.4f, grad=%.4f)", v.data, v.grad)
}

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
	fmt.Printf("op of o: %s, op of n: %s\n", o.op, n.op)
	// reuse of a node
	a := NewValue(3)
	c := a.Add(a)
	c.Backward()
	fmt.Println("a after a+a:", a)
}

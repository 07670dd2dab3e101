package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data     float64
	Grad     float64
	prev     []*Value
	op       string
	backward func()
}

func NewValue(x float64) *Value {
	return &Value{Data: x, backward: func() {}}
}

func (v *Value) Add(o *Value) *Value {
	out := &Value{Data: v.Data + o.Data, prev: []*Value{v, o}, op: "+"}
	out.backward = func() {
		v.Grad += out.Grad
		o.Grad += out.Grad
	}
	return out
}

func (v *Value) Mul(o *Value) *Value {
	out := &Value{Data: v.Data * o.Data, prev: []*Value{v, o}, op: "*"}
	out.backward = func() {
		v.Grad += o.Data * out.Grad
		o.Grad += v.Data * out.Grad
	}
	return out
}

func (v *Value) Tanh() *Value {
	t := math.Tanh(v.Data)
	out := &Value{Data: t, prev: []*Value{v}, op: "tanh"}
	out.backward = func() {
		v.Grad += (1 - t*t) * out.Grad
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
		for _, c := range n.prev {
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
	return fmt.Sprintf("Value(data=%.4f, grad=%.4f)", v.Data, v.Grad)
}

func main() {
	x1 := NewValue(2.0)
	x2 := NewValue(0.0)
	w1 := NewValue(-3.0)
	w2 := NewValue(1.0)
	b := NewValue(6.8813735870195432)
	x1w1 := x1.Mul(w1)
	x2w2 := x2.Mul(w2)
	n := x1w1.Add(x2w2).Add(b)
	o := n.Tanh()
	o.Backward()
	for _, p := range []struct {
		name string
		v    *Value
	}{{"x1", x1}, {"x2", x2}, {"w1", w1}, {"w2", w2}, {"b", b}, {"n", n}, {"o", o}} {
		fmt.Printf("%-3s %v\n", p.name, p.v)
	}
	fmt.Println("op of o:", o.op, "children:", len(o.prev))
}

// Exercises: micrograd-style Value with pointer graph, closures as local backward, recursive topological sort, %.4f
package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	Op         string
	prev       []*Value
	backward   func()
}

func NewValue(x float64) *Value { return &Value{Data: x, backward: func() {}} }
func (a *Value) Add(b *Value) *Value {
	out := &Value{Data: a.Data + b.Data, Op: "+", prev: []*Value{a, b}}
	out.backward = func() { a.Grad += out.Grad; b.Grad += out.Grad }
	return out
}
func (a *Value) Mul(b *Value) *Value {
	out := &Value{Data: a.Data * b.Data, Op: "*", prev: []*Value{a, b}}
	out.backward = func() { a.Grad += b.Data * out.Grad; b.Grad += a.Data * out.Grad }
	return out
}
func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, Op: "tanh", prev: []*Value{a}}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}
func (v *Value) Backward() {
	var topo []*Value
	visited := map[*Value]bool{}
	var build func(*Value)
	build = func(n *Value) {
		if !visited[n] {
			visited[n] = true
			for _, p := range n.prev {
				build(p)
			}
			topo = append(topo, n)
		}
	}
	build(v)
	v.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].backward()
	}
}
func main() {
	x1, x2, w1, w2, b := NewValue(2), NewValue(0), NewValue(-3), NewValue(1), NewValue(6.8813735870195432)
	o := x1.Mul(w1).Add(x2.Mul(w2)).Add(b).Tanh()
	o.Backward()
	fmt.Printf("o=%.4f op=%s\n", o.Data, o.Op)
	for i, v := range []*Value{x1, x2, w1, w2, b} {
		fmt.Printf("%d data=%.4f grad=%.4f\n", i, v.Data, v.Grad)
	}
}

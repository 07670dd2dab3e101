// Exercises: a micrograd-style Value with backward closures, iterative topological sort, tanh neuron, gradients at forks
package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	prev       []*Value
	backward   func()
	op         string // kept for printing the graph
}

func V(x float64) *Value { return &Value{Data: x, backward: func() {}} }

func (a *Value) Add(b *Value) (out *Value) {
	out = &Value{Data: a.Data + b.Data, prev: []*Value{a, b}, op: "+"}
	out.backward = func() { a.Grad += out.Grad; b.Grad += out.Grad }
	return
}

func (a *Value) Mul(b *Value) (out *Value) {
	out = &Value{Data: a.Data * b.Data, prev: []*Value{a, b}, op: "*"}
	out.backward = func() { a.Grad += b.Data * out.Grad; b.Grad += a.Data * out.Grad }
	return
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, prev: []*Value{a}, op: "tanh"}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}

// Backward: post-order with an explicit stack, then the closures from the output back.
func (v *Value) Backward() {
	var order []*Value
	done := map[*Value]bool{v: true}
	stack, next := []*Value{v}, []int{0}
	for len(stack) > 0 {
		k := len(stack) - 1
		if n := stack[k]; next[k] < len(n.prev) {
			p := n.prev[next[k]]
			next[k]++
			if !done[p] {
				done[p] = true
				stack, next = append(stack, p), append(next, 0)
			}
			continue
		}
		order, stack, next = append(order, stack[k]), stack[:k], next[:k]
	}
	v.Grad = 1
	for k := len(order); k > 0; k-- {
		order[k-1].backward()
	}
}

func main() {
	x1, x2, w1, w2, b := V(2), V(0), V(-3), V(1), V(6.8813735870195432)
	o := x1.Mul(w1).Add(x2.Mul(w2)).Add(b).Tanh()
	o.Backward() // gradients land in the leaves
	fmt.Printf("o=%.4f op=%s grads x1=%.4f w1=%.4f x2=%.4f w2=%.4f b=%.4f\n", o.Data, o.op, x1.Grad, w1.Grad, x2.Grad, w2.Grad, b.Grad)
	a := V(3) // a feeds the graph three times: gradients add
	c := a.Add(a).Mul(a)
	c.Backward()
	fmt.Println(c.Data, a.Grad)
}

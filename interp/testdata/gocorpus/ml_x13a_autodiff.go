package main

import (
	"fmt"
	"math"
)

// Value is a scalar node in a computation graph (reverse-mode autodiff).
type Value struct {
	Data, Grad float64
	op         string
	prev       []*Value
	backward   func()
}

func V(x float64) *Value { return &Value{Data: x, backward: func() {}} }

func (a *Value) Add(b *Value) *Value {
	out := &Value{Data: a.Data + b.Data, op: "+", prev: []*Value{a, b}}
	out.backward = func() {
		a.Grad += out.Grad
		b.Grad += out.Grad
	}
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{Data: a.Data * b.Data, op: "*", prev: []*Value{a, b}}
	out.backward = func() {
		a.Grad += b.Data * out.Grad
		b.Grad += a.Data * out.Grad
	}
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, op: "tanh", prev: []*Value{a}}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}

func (a *Value) Pow(k float64) *Value {
	out := &Value{Data: math.Pow(a.Data, k), op: "pow", prev: []*Value{a}}
	out.backward = func() { a.Grad += k * math.Pow(a.Data, k-1) * out.Grad }
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

func (v *Value) String() string { return fmt.Sprintf("Value(%.4f, grad=%.4f)", v.Data, v.Grad) }

func main() {
	x1, x2 := V(2), V(0)
	w1, w2 := V(-3), V(1)
	b := V(6.8813735870195432)
	n := x1.Mul(w1).Add(x2.Mul(w2)).Add(b)
	o := n.Tanh()
	o.Backward()
	for _, p := range []*Value{x1, w1, x2, w2, o} {
		fmt.Println(p)
	}
	// fit y = 2x with one weight, loss = sum (w*x - y)^2
	w := V(0.5)
	xs, ys := []float64{1, 2, 3}, []float64{2, 4, 6}
	for step := 0; step < 30; step++ {
		loss := V(0)
		for i := range xs {
			d := w.Mul(V(xs[i])).Add(V(-ys[i]))
			loss = loss.Add(d.Pow(2))
		}
		w.Grad = 0
		loss.Backward()
		w.Data -= 0.02 * w.Grad
		if step%10 == 0 || step == 29 {
			fmt.Printf("step %2d loss %.6f w %.5f\n", step, loss.Data, w.Data)
		}
	}
}

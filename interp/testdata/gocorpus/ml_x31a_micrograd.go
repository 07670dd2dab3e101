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

func V(x float64) *Value { return &Value{Data: x, backward: func() {}} }

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

func (a *Value) Pow(p float64) *Value {
	out := &Value{Data: math.Pow(a.Data, p), prev: []*Value{a}, op: fmt.Sprintf("**%g", p)}
	out.backward = func() { a.Grad += p * math.Pow(a.Data, p-1) * out.Grad }
	return out
}

func (a *Value) Tanh() *Value {
	t := math.Tanh(a.Data)
	out := &Value{Data: t, prev: []*Value{a}, op: "tanh"}
	out.backward = func() { a.Grad += (1 - t*t) * out.Grad }
	return out
}

func (a *Value) Neg() *Value         { return a.Mul(V(-1)) }
func (a *Value) Sub(b *Value) *Value { return a.Add(b.Neg()) }

func (a *Value) Backward() {
	var topo []*Value
	visited := map[*Value]bool{}
	var build func(v *Value)
	build = func(v *Value) {
		if visited[v] {
			return
		}
		visited[v] = true
		for _, c := range v.prev {
			build(c)
		}
		topo = append(topo, v)
	}
	build(a)
	a.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].backward()
	}
}

func (a *Value) String() string { return fmt.Sprintf("Value(data=%.4f, grad=%.4f)", a.Data, a.Grad) }

type Neuron struct {
	w []*Value
	b *Value
}

func (n *Neuron) Call(x []*Value) *Value {
	act := n.b
	for i, wi := range n.w {
		act = act.Add(wi.Mul(x[i]))
	}
	return act.Tanh()
}

func main() {
	x1, x2 := V(2), V(0)
	w1, w2 := V(-3), V(1)
	b := V(6.8813735870195432)
	o := x1.Mul(w1).Add(x2.Mul(w2)).Add(b).Tanh()
	o.Backward()
	fmt.Println(o)
	fmt.Println(x1, w1, x2, w2)

	n := &Neuron{w: []*Value{V(0.5), V(-0.3)}, b: V(0.1)}
	xs := [][]float64{{2, 3}, {3, -1}, {0.5, 1}, {1, 1}}
	ys := []float64{1, -1, -1, 1}
	for step := 0; step < 20; step++ {
		loss := V(0)
		for i, x := range xs {
			pred := n.Call([]*Value{V(x[0]), V(x[1])})
			loss = loss.Add(pred.Sub(V(ys[i])).Pow(2))
		}
		for _, p := range append(n.w, n.b) {
			p.Grad = 0
		}
		loss.Backward()
		for _, p := range append(n.w, n.b) {
			p.Data -= 0.05 * p.Grad
		}
		if step%5 == 0 {
			fmt.Printf("step %2d loss %.5f op=%s\n", step, loss.Data, loss.op)
		}
	}
	fmt.Println(n.w, n.b)
}

package main

import (
	"fmt"
	"math"
)

type Value struct {
	data, grad float64
	children   []*Value
	op         string
	label      string
	back       func()
}

func V(x float64, label string) *Value { return &Value{data: x, label: label} }

func (a *Value) Add(b *Value) *Value {
	out := &Value{data: a.data + b.data, children: []*Value{a, b}, op: "+"}
	out.back = func() { a.grad += out.grad; b.grad += out.grad }
	return out
}

func (a *Value) Mul(b *Value) *Value {
	out := &Value{data: a.data * b.data, children: []*Value{a, b}, op: "*"}
	out.back = func() { a.grad += b.data * out.grad; b.grad += a.data * out.grad }
	return out
}

func (a *Value) Pow(k float64) *Value {
	out := &Value{data: math.Pow(a.data, k), children: []*Value{a}, op: fmt.Sprintf("**%g", k)}
	out.back = func() { a.grad += k * math.Pow(a.data, k-1) * out.grad }
	return out
}

func (a *Value) Neg() *Value         { return a.Mul(V(-1, "")) }
func (a *Value) Sub(b *Value) *Value { return a.Add(b.Neg()) }
func (a *Value) Div(b *Value) *Value { return a.Mul(b.Pow(-1)) }

func (a *Value) Exp() *Value {
	e := math.Exp(a.data)
	out := &Value{data: e, children: []*Value{a}, op: "exp"}
	out.back = func() { a.grad += e * out.grad }
	return out
}

func (a *Value) ReLU() *Value {
	d := a.data
	if d < 0 {
		d = 0
	}
	out := &Value{data: d, children: []*Value{a}, op: "ReLU"}
	out.back = func() {
		if out.data > 0 {
			a.grad += out.grad
		}
	}
	return out
}

func (a *Value) Backward() {
	order := []*Value{}
	seen := make(map[*Value]struct{})
	var visit func(v *Value)
	visit = func(v *Value) {
		if _, ok := seen[v]; ok {
			return
		}
		seen[v] = struct{}{}
		for _, c := range v.children {
			visit(c)
		}
		order = append(order, v)
	}
	visit(a)
	a.grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		if order[i].back != nil {
			order[i].back()
		}
	}
}

func main() {
	a := V(-4.0, "a")
	b := V(2.0, "b")
	c := a.Add(b)
	d := a.Mul(b).Add(b.Pow(3))
	c = c.Add(c.Add(V(1, "")))
	c = c.Add(V(1, "").Add(c).Add(a.Neg()))
	d = d.Add(d.Mul(V(2, "")).Add(b.Add(a).ReLU()))
	d = d.Add(V(3, "").Mul(d).Add(b.Sub(a).ReLU()))
	e := c.Sub(d)
	f := e.Pow(2)
	g := f.Div(V(2.0, ""))
	g = g.Add(V(10.0, "").Div(f))
	g.Backward()
	fmt.Printf("g.data = %.4f\n", g.data)
	fmt.Printf("a.grad = %.4f\n", a.grad)
	fmt.Printf("b.grad = %.4f\n", b.grad)
	h := V(0.5, "h").Exp().Sub(V(1, ""))
	h.Backward()
	fmt.Printf("h=%.6f op=%q\n", h.data, h.op)
	fmt.Printf("%s %s\n", a.label, b.label)
}

package main

import (
	"fmt"
	"math"
	"sort"
)

type V struct {
	data, grad float64
	kids       []*V
	back       func()
	tag        string
}

func C(x float64) *V { return &V{data: x, back: func() {}} }

func (v *V) node(d float64, tag string, kids ...*V) *V {
	return &V{data: d, kids: kids, tag: tag, back: func() {}}
}

func (v *V) Add(o *V) *V {
	out := v.node(v.data+o.data, "+", v, o)
	out.back = func() { v.grad += out.grad; o.grad += out.grad }
	return out
}

func (v *V) Mul(o *V) *V {
	out := v.node(v.data*o.data, "*", v, o)
	out.back = func() { v.grad += o.data * out.grad; o.grad += v.data * out.grad }
	return out
}

func (v *V) Pow(k float64) *V {
	out := v.node(math.Pow(v.data, k), fmt.Sprintf("**%g", k), v)
	out.back = func() { v.grad += k * math.Pow(v.data, k-1) * out.grad }
	return out
}

func (v *V) Neg() *V           { return v.Mul(C(-1)) }
func (v *V) Sub(o *V) *V       { return v.Add(o.Neg()) }
func (v *V) Div(o *V) *V       { return v.Mul(o.Pow(-1)) }
func (v *V) AddF(f float64) *V { return v.Add(C(f)) }

func (v *V) Exp() *V {
	e := math.Exp(v.data)
	out := v.node(e, "exp", v)
	out.back = func() { v.grad += e * out.grad }
	return out
}

func (v *V) Backward() {
	var order []*V
	seen := map[*V]struct{}{}
	var walk func(*V)
	walk = func(n *V) {
		if _, ok := seen[n]; ok {
			return
		}
		seen[n] = struct{}{}
		for _, k := range n.kids {
			walk(k)
		}
		order = append(order, n)
	}
	walk(v)
	v.grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		order[i].back()
	}
}

func main() {
	a := C(-4.0)
	b := C(2.0)
	c := a.Add(b)
	d := a.Mul(b).Add(b.Pow(3))
	c = c.Add(c.AddF(1))
	d = d.Add(d.Mul(C(2))).Add(b.Add(a).Neg())
	e := c.Sub(d)
	f := e.Pow(2)
	g := f.Div(C(2.0))
	g = g.Add(C(10.0).Div(f))
	g.Backward()
	fmt.Printf("g = %.4f\n", g.data)
	fmt.Printf("dg/da = %.4f, dg/db = %.4f\n", a.grad, b.grad)

	// tanh written via exp
	x := C(0.7)
	e2 := x.Mul(C(2)).Exp()
	t := e2.AddF(-1).Div(e2.AddF(1))
	t.Backward()
	fmt.Printf("tanh(0.7) = %.6f (math: %.6f)\n", t.data, math.Tanh(0.7))
	fmt.Printf("dtanh = %.6f (expected %.6f)\n", x.grad, 1-math.Pow(math.Tanh(0.7), 2))

	tags := map[string]int{}
	var count func(*V, map[*V]bool)
	count = func(n *V, seen map[*V]bool) {
		if seen[n] {
			return
		}
		seen[n] = true
		if n.tag != "" {
			tags[n.tag]++
		}
		for _, k := range n.kids {
			count(k, seen)
		}
	}
	count(g, map[*V]bool{})
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s x%d\n", k, tags[k])
	}
}

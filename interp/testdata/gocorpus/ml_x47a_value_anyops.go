package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	Label      string
	Op         string
	children   []*Value
	backward   func()
}

func wrap(x any) *Value {
	switch t := x.(type) {
	case *Value:
		return t
	case float64:
		return &Value{Data: t}
	case int:
		return &Value{Data: float64(t)}
	default:
		panic(fmt.Sprintf("cannot wrap %T", x))
	}
}

func (v *Value) Add(x any) *Value {
	o := wrap(x)
	out := &Value{Data: v.Data + o.Data, Op: "+", children: []*Value{v, o}}
	out.backward = func() {
		v.Grad += out.Grad
		o.Grad += out.Grad
	}
	return out
}

func (v *Value) Mul(x any) *Value {
	o := wrap(x)
	out := &Value{Data: v.Data * o.Data, Op: "*", children: []*Value{v, o}}
	out.backward = func() {
		v.Grad += o.Data * out.Grad
		o.Grad += v.Data * out.Grad
	}
	return out
}

func (v *Value) Exp() *Value {
	out := &Value{Data: math.Exp(v.Data), Op: "exp", children: []*Value{v}}
	out.backward = func() { v.Grad += out.Data * out.Grad }
	return out
}

func (v *Value) Pow(p float64) *Value {
	out := &Value{Data: math.Pow(v.Data, p), Op: "pow", children: []*Value{v}}
	out.backward = func() { v.Grad += p * math.Pow(v.Data, p-1) * out.Grad }
	return out
}

func (v *Value) Div(x any) *Value { return v.Mul(wrap(x).Pow(-1)) }

func (v *Value) Named(s string) *Value { v.Label = s; return v }

func (v *Value) Backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var build func(*Value)
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
		if topo[i].backward != nil {
			topo[i].backward()
		}
	}
}

func main() {
	// tanh built from exp
	x := wrap(0.8814).Named("x")
	e := x.Mul(2).Exp().Named("e")
	o := e.Add(-1).Div(e.Add(1)).Named("o")
	o.Backward()
	fmt.Printf("o=%.4f do/dx=%.4f\n", o.Data, x.Grad)
	fmt.Printf("labels: %s %s %s ops: %q\n", x.Label, e.Label, o.Label, o.Op)
	a := wrap(3)
	b := a.Add(a)
	b.Backward()
	fmt.Println("a+a grad:", a.Grad)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	a.Add("oops")
}

package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	children   []*Value
	back       func()
	label      string
}

func val(x any) *Value {
	switch t := x.(type) {
	case *Value:
		return t
	case float64:
		return &Value{Data: t}
	case int:
		return &Value{Data: float64(t)}
	default:
		panic(fmt.Sprintf("cannot make Value from %T", x))
	}
}

func (v *Value) Add(o any) *Value {
	w := val(o)
	out := &Value{Data: v.Data + w.Data, children: []*Value{v, w}}
	out.back = func() { v.Grad += out.Grad; w.Grad += out.Grad }
	return out
}

func (v *Value) Mul(o any) *Value {
	w := val(o)
	out := &Value{Data: v.Data * w.Data, children: []*Value{v, w}}
	out.back = func() { v.Grad += w.Data * out.Grad; w.Grad += v.Data * out.Grad }
	return out
}

func (v *Value) Pow(k float64) *Value {
	out := &Value{Data: math.Pow(v.Data, k), children: []*Value{v}}
	out.back = func() { v.Grad += k * math.Pow(v.Data, k-1) * out.Grad }
	return out
}

func (v *Value) Neg() *Value           { return v.Mul(-1) }
func (v *Value) Sub(o any) *Value      { return v.Add(val(o).Neg()) }
func (v *Value) Div(o any) *Value      { return v.Mul(val(o).Pow(-1)) }
func (v *Value) Named(s string) *Value { v.label = s; return v }

func (v *Value) Backward() int {
	var topo []*Value
	seen := map[*Value]bool{}
	var dfs func(*Value)
	dfs = func(n *Value) {
		if !seen[n] {
			seen[n] = true
			for _, c := range n.children {
				dfs(c)
			}
			topo = append(topo, n)
		}
	}
	dfs(v)
	v.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		if topo[i].back != nil {
			topo[i].back()
		}
	}
	return len(topo)
}

func (v Value) String() string { return fmt.Sprintf("%s{%.4f|%.4f}", v.label, v.Data, v.Grad) }

func main() {
	a := val(3.0).Named("a")
	b := val(-2).Named("b")
	c := a.Mul(b).Add(a.Pow(2)).Div(b.Sub(1.5)).Named("c")
	n := c.Backward()
	fmt.Println(*a, *b, *c, n)
	fmt.Printf("%v\n", a)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	a.Add("oops")
}

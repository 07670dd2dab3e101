package main

import (
	"fmt"
	"math"
)

type Value struct {
	Data, Grad float64
	prev       []*Value
	op         string
	bw         func()
}

func (v *Value) String() string { return fmt.Sprintf("V(%.3g|%.3g)", v.Data, v.Grad) }

func unary(v *Value, op string, f, df func(float64) float64) *Value {
	out := &Value{Data: f(v.Data), prev: []*Value{v}, op: op}
	out.bw = func() { v.Grad += df(v.Data) * out.Grad }
	return out
}

func (v *Value) Tanh() *Value {
	return unary(v, "tanh", math.Tanh, func(x float64) float64 { t := math.Tanh(x); return 1 - t*t })
}
func (v *Value) Exp() *Value { return unary(v, "exp", math.Exp, math.Exp) }
func (v *Value) ReLU() *Value {
	return unary(v, "relu", func(x float64) float64 { return math.Max(0, x) }, func(x float64) float64 {
		if x > 0 {
			return 1
		}
		return 0
	})
}
func (v *Value) Sigmoid() *Value {
	s := func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
	return unary(v, "sigmoid", s, func(x float64) float64 { return s(x) * (1 - s(x)) })
}

func (v *Value) Backward() {
	var topo []*Value
	seen := map[*Value]bool{}
	var build func(*Value)
	build = func(n *Value) {
		if !seen[n] {
			seen[n] = true
			for _, p := range n.prev {
				build(p)
			}
			topo = append(topo, n)
		}
	}
	build(v)
	v.Grad = 1
	for i := len(topo) - 1; i >= 0; i-- {
		if topo[i].bw != nil {
			topo[i].bw()
		}
	}
}

type Activation func(*Value) *Value

func main() {
	acts := map[string]Activation{
		"tanh":    (*Value).Tanh,
		"exp":     (*Value).Exp,
		"relu":    (*Value).ReLU,
		"sigmoid": (*Value).Sigmoid,
	}
	names := []string{"exp", "relu", "sigmoid", "tanh"}
	for _, x := range []float64{-1, 0.5} {
		for _, n := range names {
			in := &Value{Data: x}
			out := acts[n](in)
			back := out.Backward
			back()
			fmt.Printf("%-8s x=%4.1f -> %v, input %v\n", n, x, out, in)
		}
	}
	v := &Value{Data: 2}
	chain := []func() *Value{v.Tanh, v.Exp, v.Sigmoid}
	vals := make([]*Value, 0, len(chain))
	for _, f := range chain {
		vals = append(vals, f())
	}
	fmt.Println(vals)
	fmt.Printf("%v %s\n", vals[0].op, vals[2])
	var nilV *Value
	fmt.Printf("%T %v\n", nilV, nilV == nil)
}

// Exercises: memoized backward pass over a DAG of pointer nodes with fan-out, closures recording local gradients
package main

import "fmt"

type Value struct {
	Data, Grad float64
	Label      string
	parents    []*Value
	locals     []float64
}

func leaf(label string, x float64) *Value { return &Value{Data: x, Label: label} }

func (a *Value) Mul(b *Value) *Value {
	return &Value{Data: a.Data * b.Data, parents: []*Value{a, b}, locals: []float64{b.Data, a.Data}}
}

func (a *Value) Add(b *Value) *Value {
	return &Value{Data: a.Data + b.Data, parents: []*Value{a, b}, locals: []float64{1, 1}}
}

// pathGrad computes d(root)/d(v) summed over all paths, memoized by pointer.
func pathGrad(root *Value) map[*Value]float64 {
	memo := map[*Value]float64{root: 1}
	visits := 0
	var order []*Value
	seen := map[*Value]bool{}
	var visit func(v *Value)
	visit = func(v *Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		visits++
		for _, p := range v.parents {
			visit(p)
		}
		order = append(order, v)
	}
	visit(root)
	for i := len(order) - 1; i >= 0; i-- {
		v := order[i]
		for j, p := range v.parents {
			memo[p] += memo[v] * v.locals[j]
		}
	}
	fmt.Println("nodes visited:", visits)
	return memo
}

func main() {
	x := leaf("x", 3)
	y := leaf("y", -1)
	a := x.Mul(y)
	b := a.Add(x)
	c := b.Mul(b)
	d := c.Add(a)
	g := pathGrad(d)
	for _, v := range []*Value{x, y} {
		v.Grad = g[v]
		fmt.Printf("%s=%g grad=%g\n", v.Label, v.Data, v.Grad)
	}
	fmt.Printf("d=%g\n", d.Data)
}

package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

type Value[T Float] struct {
	Data, Grad T
	prev       []*Value[T]
	back       func()
}

func Leaf[T Float](x T) *Value[T] { return &Value[T]{Data: x} }

func (a *Value[T]) Add(b *Value[T]) *Value[T] {
	out := &Value[T]{Data: a.Data + b.Data, prev: []*Value[T]{a, b}}
	out.back = func() {
		a.Grad += out.Grad
		b.Grad += out.Grad
	}
	return out
}

func (a *Value[T]) Mul(b *Value[T]) *Value[T] {
	out := &Value[T]{Data: a.Data * b.Data, prev: []*Value[T]{a, b}}
	out.back = func() {
		a.Grad += b.Data * out.Grad
		b.Grad += a.Data * out.Grad
	}
	return out
}

func (a *Value[T]) Sigmoid() *Value[T] {
	s := T(1 / (1 + math.Exp(-float64(a.Data))))
	out := &Value[T]{Data: s, prev: []*Value[T]{a}}
	out.back = func() { a.Grad += s * (1 - s) * out.Grad }
	return out
}

func (v *Value[T]) Backward() {
	var order []*Value[T]
	seen := map[*Value[T]]bool{}
	var walk func(*Value[T])
	walk = func(n *Value[T]) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, p := range n.prev {
			walk(p)
		}
		order = append(order, n)
	}
	walk(v)
	v.Grad = 1
	for i := len(order) - 1; i >= 0; i-- {
		if order[i].back != nil {
			order[i].back()
		}
	}
}

func neuron[T Float](xs, ws []T, b T) (*Value[T], []*Value[T]) {
	acc := Leaf(b)
	var wv []*Value[T]
	for i := range xs {
		w := Leaf(ws[i])
		wv = append(wv, w)
		acc = acc.Add(Leaf(xs[i]).Mul(w))
	}
	return acc.Sigmoid(), wv
}

func main() {
	out64, w64 := neuron([]float64{1, -2, 0.5}, []float64{0.3, 0.1, -0.7}, 0.2)
	out64.Backward()
	fmt.Printf("f64 out=%.8f grads=", out64.Data)
	for _, w := range w64 {
		fmt.Printf("%.8f ", w.Grad)
	}
	fmt.Println()
	out32, w32 := neuron([]float32{1, -2, 0.5}, []float32{0.3, 0.1, -0.7}, 0.2)
	out32.Backward()
	fmt.Printf("f32 out=%.8f grads=", out32.Data)
	for _, w := range w32 {
		fmt.Printf("%.8f ", w.Grad)
	}
	fmt.Println()
	fmt.Printf("%T %T\n", out32.Data, out64)
	type Temp float64
	t := Leaf(Temp(2)).Mul(Leaf(Temp(3)))
	t.Backward()
	fmt.Println(t.Data, t.prev[0].Grad, t.prev[1].Grad)
}

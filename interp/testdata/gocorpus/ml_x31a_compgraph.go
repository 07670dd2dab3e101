package main

import (
	"fmt"
	"math"
)

// Node is a gate in a computational graph.
type Node interface {
	Forward() float64
	Backward(grad float64)
}

type Value struct {
	Name string
	V, G float64
}

func (v *Value) Forward() float64      { return v.V }
func (v *Value) Backward(grad float64) { v.G += grad }
func (v *Value) String() string        { return fmt.Sprintf("%s=%.3f (grad %.4f)", v.Name, v.V, v.G) }

type binary struct {
	a, b   Node
	av, bv float64
}

func (g *binary) eval() {
	g.av, g.bv = g.a.Forward(), g.b.Forward()
}

type Mul struct{ binary }

func (m *Mul) Forward() float64 { m.eval(); return m.av * m.bv }
func (m *Mul) Backward(grad float64) {
	m.a.Backward(grad * m.bv)
	m.b.Backward(grad * m.av)
}

type Add struct{ binary }

func (a *Add) Forward() float64 { a.eval(); return a.av + a.bv }
func (a *Add) Backward(grad float64) {
	a.a.Backward(grad)
	a.b.Backward(grad)
}

type Sigmoid struct {
	in  Node
	out float64
}

func (s *Sigmoid) Forward() float64 {
	s.out = 1 / (1 + math.Exp(-s.in.Forward()))
	return s.out
}
func (s *Sigmoid) Backward(grad float64) { s.in.Backward(grad * s.out * (1 - s.out)) }

func mul(a, b Node) Node { return &Mul{binary{a: a, b: b}} }
func add(a, b Node) Node { return &Add{binary{a: a, b: b}} }

func main() {
	// f(w, x) = sigmoid(w0*x0 + w1*x1 + w2)
	w0, x0 := &Value{Name: "w0", V: 2}, &Value{Name: "x0", V: -1}
	w1, x1 := &Value{Name: "w1", V: -3}, &Value{Name: "x1", V: -2}
	w2 := &Value{Name: "w2", V: -3}
	f := &Sigmoid{in: add(add(mul(w0, x0), mul(w1, x1)), w2)}
	out := f.Forward()
	fmt.Printf("forward: %.5f\n", out)
	f.Backward(1.0)
	for _, v := range []*Value{w0, x0, w1, x1, w2} {
		fmt.Println(v)
	}
	// numeric check on w0
	h := 1e-5
	w0.V += h
	fp := f.Forward()
	w0.V -= 2 * h
	fm := f.Forward()
	w0.V += h
	fmt.Printf("numeric dw0: %.4f\n", (fp-fm)/(2*h))
	var n Node = mul(w0, x0)
	switch g := n.(type) {
	case *Add:
		fmt.Println("add gate", g.av)
	case *Mul:
		fmt.Printf("mul gate %T a=%v\n", g, g.a)
	}
}

package main

import (
	"fmt"
	"math"
)

type Gate interface {
	Forward() float64
	Backward(dout float64)
	Name() string
}

type Unit struct {
	Value float64
	Grad  float64
}

type AddGate struct{ a, b, out *Unit }

func (g *AddGate) Forward() float64 {
	g.out = &Unit{Value: g.a.Value + g.b.Value}
	return g.out.Value
}
func (g *AddGate) Backward(dout float64) {
	g.a.Grad += 1 * dout
	g.b.Grad += 1 * dout
}
func (g *AddGate) Name() string { return "add" }

type MulGate struct{ a, b, out *Unit }

func (g *MulGate) Forward() float64 {
	g.out = &Unit{Value: g.a.Value * g.b.Value}
	return g.out.Value
}
func (g *MulGate) Backward(dout float64) {
	g.a.Grad += g.b.Value * dout
	g.b.Grad += g.a.Value * dout
}
func (g *MulGate) Name() string { return "mul" }

type SigmoidGate struct{ a, out *Unit }

func (g *SigmoidGate) Forward() float64 {
	g.out = &Unit{Value: 1 / (1 + math.Exp(-g.a.Value))}
	return g.out.Value
}
func (g *SigmoidGate) Backward(dout float64) {
	s := g.out.Value
	g.a.Grad += s * (1 - s) * dout
}
func (g *SigmoidGate) Name() string { return "sigmoid" }

func main() {
	a := &Unit{Value: 1.0}
	b := &Unit{Value: 2.0}
	c := &Unit{Value: -3.0}
	x := &Unit{Value: -1.0}
	y := &Unit{Value: 3.0}

	m1 := &MulGate{a: a, b: x}
	m2 := &MulGate{a: b, b: y}
	m1.Forward()
	m2.Forward()
	add1 := &AddGate{a: m1.out, b: m2.out}
	add1.Forward()
	add2 := &AddGate{a: add1.out, b: c}
	add2.Forward()
	sg := &SigmoidGate{a: add2.out}
	s := sg.Forward()
	fmt.Printf("circuit output: %.6f\n", s)

	gates := []Gate{sg, add2, add1, m2, m1}
	sg.out.Grad = 1.0
	sg.Backward(1.0)
	for _, g := range gates[1:] {
		var dout float64
		switch gg := g.(type) {
		case *AddGate:
			dout = gg.out.Grad
		case *MulGate:
			dout = gg.out.Grad
		}
		g.Backward(dout)
		fmt.Printf("backward through %-7s dout=%.6f\n", g.Name(), dout)
	}
	for _, u := range []struct {
		n string
		u *Unit
	}{{"a", a}, {"b", b}, {"c", c}, {"x", x}, {"y", y}} {
		fmt.Printf("d/d%s = %+.6f\n", u.n, u.u.Grad)
	}
	step := 0.01
	for _, u := range []*Unit{a, b, c, x, y} {
		u.Value += step * u.Grad
	}
	m1.Forward()
	m2.Forward()
	add1 = &AddGate{a: m1.out, b: m2.out}
	add1.Forward()
	add2 = &AddGate{a: add1.out, b: c}
	add2.Forward()
	sg = &SigmoidGate{a: add2.out}
	fmt.Printf("after step: %.6f\n", sg.Forward())
}

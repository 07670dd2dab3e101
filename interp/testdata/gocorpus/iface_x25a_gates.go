package main

import (
	"fmt"
	"strings"
)

type Gate interface {
	Forward() float64
	Backward(dout float64)
	Name() string
}

type Unit struct {
	val, grad float64
	label     string
}

func (u *Unit) Forward() float64   { return u.val }
func (u *Unit) Backward(d float64) { u.grad += d }
func (u *Unit) Name() string       { return u.label }

type binary struct {
	a, b Gate
	av   float64
	bv   float64
}

type MulGate struct{ binary }
type AddGate struct{ binary }

func (g *MulGate) Forward() float64 {
	g.av, g.bv = g.a.Forward(), g.b.Forward()
	return g.av * g.bv
}
func (g *MulGate) Backward(d float64) {
	g.a.Backward(g.bv * d)
	g.b.Backward(g.av * d)
}
func (g *MulGate) Name() string { return "(" + g.a.Name() + "*" + g.b.Name() + ")" }

func (g *AddGate) Forward() float64 {
	g.av, g.bv = g.a.Forward(), g.b.Forward()
	return g.av + g.bv
}
func (g *AddGate) Backward(d float64) {
	g.a.Backward(d)
	g.b.Backward(d)
}
func (g *AddGate) Name() string { return "(" + g.a.Name() + "+" + g.b.Name() + ")" }

func mul(a, b Gate) Gate { return &MulGate{binary{a: a, b: b}} }
func add(a, b Gate) Gate { return &AddGate{binary{a: a, b: b}} }

func main() {
	x := &Unit{val: -2, label: "x"}
	y := &Unit{val: 5, label: "y"}
	z := &Unit{val: -4, label: "z"}
	f := mul(add(x, y), z)
	out := f.Forward()
	f.Backward(1)
	fmt.Printf("%s = %.1f\n", f.Name(), out)
	var sb strings.Builder
	for _, u := range []*Unit{x, y, z} {
		fmt.Fprintf(&sb, "d/d%s=%.1f ", u.label, u.grad)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	// step
	step := 0.01
	for _, u := range []*Unit{x, y, z} {
		u.val += step * u.grad
		u.grad = 0
	}
	fmt.Printf("after step: %.4f\n", f.Forward())
	if mg, ok := f.(*MulGate); ok {
		fmt.Printf("cached inputs %.2f %.2f\n", mg.av, mg.bv)
	}
}

package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Forward() float64
	Backward(grad float64)
	Name() string
}

type Input struct {
	name string
	val  float64
	grad float64
}

func (i *Input) Forward() float64   { return i.val }
func (i *Input) Backward(g float64) { i.grad += g }
func (i *Input) Name() string       { return i.name }

type base struct {
	out float64
}

func (b *base) Output() float64 { return b.out }

type Mul struct {
	base
	x, y Node
	xv   float64
	yv   float64
}

func (m *Mul) Forward() float64 {
	m.xv, m.yv = m.x.Forward(), m.y.Forward()
	m.out = m.xv * m.yv
	return m.out
}
func (m *Mul) Backward(g float64) {
	m.x.Backward(g * m.yv)
	m.y.Backward(g * m.xv)
}
func (m *Mul) Name() string { return "(" + m.x.Name() + "*" + m.y.Name() + ")" }

type Add struct {
	base
	terms []Node
}

func (a *Add) Forward() float64 {
	a.out = 0
	for _, t := range a.terms {
		a.out += t.Forward()
	}
	return a.out
}
func (a *Add) Backward(g float64) {
	for _, t := range a.terms {
		t.Backward(g)
	}
}
func (a *Add) Name() string {
	names := make([]string, len(a.terms))
	for i, t := range a.terms {
		names[i] = t.Name()
	}
	return strings.Join(names, " + ")
}

func main() {
	x := &Input{name: "x", val: -2}
	y := &Input{name: "y", val: 5}
	z := &Input{name: "z", val: -4}
	q := &Add{terms: []Node{x, y}}
	f := &Mul{x: q, y: z}
	fmt.Println("f =", f.Name())
	out := f.Forward()
	f.Backward(1)
	fmt.Printf("f=%v q=%v\n", out, q.Output())
	fmt.Printf("df/dx=%v df/dy=%v df/dz=%v\n", x.grad, y.grad, z.grad)
	fmt.Printf("%+v\n", *x)

	// bigger: f = x*y + y*z + x
	for _, in := range []*Input{x, y, z} {
		in.grad = 0
	}
	g := &Add{terms: []Node{&Mul{x: x, y: y}, &Mul{x: y, y: z}, x}}
	fmt.Println("g =", g.Name())
	fmt.Println("g() =", g.Forward())
	g.Backward(1)
	for _, in := range []*Input{x, y, z} {
		fmt.Printf("d/d%s = %g\n", in.name, in.grad)
	}
}

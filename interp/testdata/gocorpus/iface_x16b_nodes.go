package main

import (
	"fmt"
	"math"
	"strings"
)

type Node interface {
	Forward() float64
	Backward(g float64)
	fmt.Stringer
}

type base struct {
	val, grad float64
}

func (b *base) Grad() float64 { return b.grad }

type Var struct {
	base
	name string
}

func (v *Var) Forward() float64   { return v.val }
func (v *Var) Backward(g float64) { v.grad += g }
func (v *Var) String() string     { return v.name }

type Binary struct {
	base
	op   string
	l, r Node
}

func (b *Binary) Forward() float64 {
	x, y := b.l.Forward(), b.r.Forward()
	switch b.op {
	case "+":
		b.val = x + y
	case "*":
		b.val = x * y
	case "max":
		b.val = math.Max(x, y)
	}
	return b.val
}

func (b *Binary) Backward(g float64) {
	b.grad += g
	x, y := b.l.Forward(), b.r.Forward()
	switch b.op {
	case "+":
		b.l.Backward(g)
		b.r.Backward(g)
	case "*":
		b.l.Backward(g * y)
		b.r.Backward(g * x)
	case "max":
		if x >= y {
			b.l.Backward(g)
			b.r.Backward(0)
		} else {
			b.l.Backward(0)
			b.r.Backward(g)
		}
	}
}

func (b *Binary) String() string {
	if b.op == "max" {
		return fmt.Sprintf("max(%v, %v)", b.l, b.r)
	}
	return fmt.Sprintf("(%v %s %v)", b.l, b.op, b.r)
}

type Unary struct {
	base
	name string
	in   Node
	f    func(float64) float64
	df   func(x, y float64) float64
}

func (u *Unary) Forward() float64   { u.val = u.f(u.in.Forward()); return u.val }
func (u *Unary) Backward(g float64) { u.grad += g; u.in.Backward(g * u.df(u.in.Forward(), u.val)) }
func (u *Unary) String() string     { return u.name + "(" + u.in.String() + ")" }

func main() {
	x := &Var{base{val: 3}, "x"}
	y := &Var{base{val: -4}, "y"}
	z := &Var{base{val: 2}, "z"}
	w := &Var{base{val: -1}, "w"}
	tanh := func(n Node) Node {
		return &Unary{name: "tanh", in: n, f: math.Tanh, df: func(_, y float64) float64 { return 1 - y*y }}
	}
	f := &Binary{op: "*", l: &Binary{op: "+", l: &Binary{op: "*", l: x, r: y}, r: &Binary{op: "max", l: z, r: w}}, r: &Const{2}}
	g := tanh(&Binary{op: "*", l: f, r: &Const{0.1}})
	fmt.Println(g)
	fmt.Printf("value %.6f\n", g.Forward())
	g.Backward(1)
	for _, v := range []*Var{x, y, z, w} {
		fmt.Printf("d%s=%.6f ", v, v.Grad())
	}
	fmt.Println()
	fmt.Println(strings.Count(g.String(), "("), "parens")
}

type Const struct{ v float64 }

func (c *Const) Forward() float64 { return c.v }
func (c *Const) Backward(float64) {}
func (c *Const) String() string   { return fmt.Sprint(c.v) }

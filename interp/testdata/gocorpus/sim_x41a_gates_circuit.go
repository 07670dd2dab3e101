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

type Input struct {
	label string
	val   float64
	grad  float64
}

func (in *Input) Forward() float64      { return in.val }
func (in *Input) Backward(dout float64) { in.grad += dout }
func (in *Input) Name() string          { return in.label }

type binary struct {
	a, b   Gate
	va, vb float64
}

type AddGate struct{ binary }
type MulGate struct{ binary }
type MaxGate struct{ binary }

func (g *AddGate) Forward() float64 {
	g.va, g.vb = g.a.Forward(), g.b.Forward()
	return g.va + g.vb
}
func (g *AddGate) Backward(d float64) { g.a.Backward(d); g.b.Backward(d) }
func (g *AddGate) Name() string       { return "(" + g.a.Name() + " + " + g.b.Name() + ")" }

func (g *MulGate) Forward() float64 {
	g.va, g.vb = g.a.Forward(), g.b.Forward()
	return g.va * g.vb
}
func (g *MulGate) Backward(d float64) { g.a.Backward(d * g.vb); g.b.Backward(d * g.va) }
func (g *MulGate) Name() string       { return g.a.Name() + "*" + g.b.Name() }

func (g *MaxGate) Forward() float64 {
	g.va, g.vb = g.a.Forward(), g.b.Forward()
	return max(g.va, g.vb)
}
func (g *MaxGate) Backward(d float64) {
	if g.va >= g.vb {
		g.a.Backward(d)
		g.b.Backward(0)
	} else {
		g.a.Backward(0)
		g.b.Backward(d)
	}
}
func (g *MaxGate) Name() string { return "max(" + g.a.Name() + ", " + g.b.Name() + ")" }

func main() {
	x := &Input{label: "x", val: 3}
	y := &Input{label: "y", val: -4}
	z := &Input{label: "z", val: 2}
	w := &Input{label: "w", val: -1}
	// f = 2 * (x*y + max(z, w))
	two := &Input{label: "2", val: 2}
	xy := &MulGate{binary{a: x, b: y}}
	mx := &MaxGate{binary{a: z, b: w}}
	sum := &AddGate{binary{a: xy, b: mx}}
	f := &MulGate{binary{a: sum, b: two}}
	out := f.Forward()
	fmt.Println("expression:", f.Name())
	fmt.Printf("forward: %.2f\n", out)
	f.Backward(1.0)
	var sb strings.Builder
	for _, in := range []*Input{x, y, z, w, two} {
		fmt.Fprintf(&sb, "d/d%s = %+.2f\n", in.label, in.grad)
	}
	fmt.Print(sb.String())
	fmt.Printf("%T %T %T\n", xy, mx, sum)
	var g Gate = mx
	if m, ok := g.(*MaxGate); ok {
		fmt.Println("max gate routed gradient to a:", m.va >= m.vb)
	}
}

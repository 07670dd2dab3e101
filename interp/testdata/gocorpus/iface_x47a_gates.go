package main

import (
	"fmt"
	"math"
)

type Gate interface {
	Forward() float64
	Backward(dout float64)
}

type Unit struct {
	Value, Grad float64
}

type MulGate struct{ a, b, out *Unit }

func (g *MulGate) Forward() float64 {
	g.out.Value = g.a.Value * g.b.Value
	return g.out.Value
}
func (g *MulGate) Backward(dout float64) {
	g.a.Grad += g.b.Value * dout
	g.b.Grad += g.a.Value * dout
}

type AddGate struct{ a, b, out *Unit }

func (g *AddGate) Forward() float64 {
	g.out.Value = g.a.Value + g.b.Value
	return g.out.Value
}
func (g *AddGate) Backward(dout float64) {
	g.a.Grad += dout
	g.b.Grad += dout
}

type SigmoidGate struct{ in, out *Unit }

func (g *SigmoidGate) Forward() float64 {
	g.out.Value = 1 / (1 + math.Exp(-g.in.Value))
	return g.out.Value
}
func (g *SigmoidGate) Backward(dout float64) {
	s := g.out.Value
	g.in.Grad += s * (1 - s) * dout
}

func main() {
	a, b, c := &Unit{Value: 1}, &Unit{Value: 2}, &Unit{Value: -3}
	x, y := &Unit{Value: -1}, &Unit{Value: 3}
	ax, by, axby, axbyc, s := &Unit{}, &Unit{}, &Unit{}, &Unit{}, &Unit{}
	gates := []Gate{
		&MulGate{a, x, ax},
		&MulGate{b, y, by},
		&AddGate{ax, by, axby},
		&AddGate{axby, c, axbyc},
		&SigmoidGate{axbyc, s},
	}
	for step := 0; step < 4; step++ {
		for _, u := range []*Unit{a, b, c, x, y, ax, by, axby, axbyc, s} {
			u.Grad = 0
		}
		var out float64
		for _, g := range gates {
			out = g.Forward()
		}
		s.Grad = 1
		for i := len(gates) - 1; i >= 0; i-- {
			gates[i].Backward(s.Grad * boolf(i == len(gates)-1))
			if i < len(gates)-1 {
				gates[i].Backward(0)
			}
		}
		fmt.Printf("step %d: out=%.4f grads a=%.4f b=%.4f c=%.4f x=%.4f y=%.4f\n",
			step, out, a.Grad, b.Grad, c.Grad, x.Grad, y.Grad)
		for _, u := range []*Unit{a, b, c, x, y} {
			u.Value += 0.01 * u.Grad
		}
	}
	for i, g := range gates {
		fmt.Printf("%d %T\n", i, g)
	}
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

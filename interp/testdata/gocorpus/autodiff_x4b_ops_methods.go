// Exercises: derived ops (Sub = Add+Neg, Div = Mul+Pow), method values and method expressions in an op table, Relu and Exp
package main

import (
	"fmt"
	"math"
)

type V struct {
	D, G float64
	back func()
	kids []*V
}

func C(x float64) *V { return &V{D: x, back: func() {}} }
func (a *V) Add(b *V) *V {
	o := &V{D: a.D + b.D, kids: []*V{a, b}}
	o.back = func() { a.G += o.G; b.G += o.G }
	return o
}
func (a *V) Mul(b *V) *V {
	o := &V{D: a.D * b.D, kids: []*V{a, b}}
	o.back = func() { a.G += b.D * o.G; b.G += a.D * o.G }
	return o
}
func (a *V) Pow(k float64) *V {
	o := &V{D: math.Pow(a.D, k), kids: []*V{a}}
	o.back = func() { a.G += k * math.Pow(a.D, k-1) * o.G }
	return o
}
func (a *V) Exp() *V {
	o := &V{D: math.Exp(a.D), kids: []*V{a}}
	o.back = func() { a.G += o.D * o.G }
	return o
}
func (a *V) Neg() *V     { return a.Mul(C(-1)) }
func (a *V) Sub(b *V) *V { return a.Add(b.Neg()) }
func (a *V) Div(b *V) *V { return a.Mul(b.Pow(-1)) }

// backward recurses without a topological sort: right only for trees (each node used once).
func (a *V) backward() {
	a.back()
	for _, k := range a.kids {
		k.backward()
	}
}

func main() {
	ops := map[string]func(*V, *V) *V{"add": (*V).Add, "mul": (*V).Mul, "sub": (*V).Sub, "div": (*V).Div}
	for _, n := range []string{"add", "div", "mul", "sub"} {
		x, y := C(3), C(-4)
		z := ops[n](x, y).Exp().Add(C(1)).Pow(0.5)
		z.G = 1
		z.backward()
		fmt.Printf("%s z=%.4f dx=%.4f dy=%.4f\n", n, z.D, x.G, y.G)
	}
	x := C(2)
	double := x.Add
	fmt.Printf("%.1f %.1f\n", double(C(1)).D, C(5).Sub(C(7)).D)
}

// Exercises: gate structs with Forward/Backward methods behind an interface, max gate routing, multiply gate switching
package main

import "fmt"

type Gate interface {
	Forward(x, y float64) float64
	Backward(dout float64) (dx, dy float64)
}

type AddGate struct{}

func (AddGate) Forward(x, y float64) float64          { return x + y }
func (AddGate) Backward(d float64) (float64, float64) { return d, d }

type MulGate struct{ x, y float64 }

func (g *MulGate) Forward(x, y float64) float64 { g.x, g.y = x, y; return x * y }
func (g *MulGate) Backward(d float64) (float64, float64) {
	return g.y * d, g.x * d
}

type MaxGate struct{ xWins bool }

func (g *MaxGate) Forward(x, y float64) float64 {
	g.xWins = x >= y
	if g.xWins {
		return x
	}
	return y
}

func (g *MaxGate) Backward(d float64) (float64, float64) {
	if g.xWins {
		return d, 0
	}
	return 0, d
}

func main() {
	// f = max(x*y, z + w) as in the lecture's circuit
	gates := map[string]Gate{"mul": &MulGate{}, "add": AddGate{}, "max": &MaxGate{}}
	x, y, z, w := 3.0, -4.0, 2.0, -1.0
	q := gates["mul"].Forward(x, y)
	r := gates["add"].Forward(z, w)
	f := gates["max"].Forward(q, r)
	dq, dr := gates["max"].Backward(2.0)
	dx, dy := gates["mul"].Backward(dq)
	dz, dw := gates["add"].Backward(dr)
	fmt.Println("f =", f)
	fmt.Println("grads:", dx, dy, dz, dw)
	fmt.Printf("%T %T %T\n", gates["mul"], gates["add"], gates["max"])
	fmt.Printf("%+v\n", gates["max"])
}

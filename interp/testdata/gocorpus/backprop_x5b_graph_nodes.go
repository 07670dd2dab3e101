// Exercises: Node interface kept in a topological slice, Forward/Backward over map[Node]float64 grads
package main

import (
	"fmt"
	"math"
)

type Node interface {
	Forward()
	Backward(grads map[Node]float64)
	Value() float64
}

type Input struct {
	name string
	v    float64
}

func (n *Input) Forward()                  {}
func (n *Input) Backward(map[Node]float64) {}
func (n *Input) Value() float64            { return n.v }

// binary is what every gate keeps (Exp uses only a); gates embed it for Value.
type binary struct {
	a, b Node
	v    float64
}

func (n *binary) Value() float64 { return n.v }

type Mul struct{ binary }

func (n *Mul) Forward() { n.v = n.a.Value() * n.b.Value() }
func (n *Mul) Backward(g map[Node]float64) {
	g[n.a] += g[n] * n.b.Value()
	g[n.b] += g[n] * n.a.Value()
}

type Add struct{ binary }

func (n *Add) Forward() { n.v = n.a.Value() + n.b.Value() }
func (n *Add) Backward(g map[Node]float64) {
	g[n.a] += g[n]
	g[n.b] += g[n]
}

type Exp struct{ binary }

func (n *Exp) Forward()                    { n.v = math.Exp(n.a.Value()) }
func (n *Exp) Backward(g map[Node]float64) { g[n.a] += g[n] * n.v }

func main() {
	x, y, z := &Input{"x", -2}, &Input{"y", 5}, &Input{"z", -4}
	q, k := &Add{binary{a: x, b: y}}, &Input{"k", 0.1}
	f := &Mul{binary{a: q, b: z}}
	e := &Exp{binary{a: &Mul{binary{a: f, b: k}}}}
	topo := []Node{x, y, z, q, f, k, e.a, e} // already in topological order
	for _, n := range topo {
		n.Forward()
	}
	grads := map[Node]float64{e: 1}
	for i := len(topo) - 1; i >= 0; i-- {
		topo[i].Backward(grads)
	}
	fmt.Printf("q=%v f=%v e=%.6f %d nodes carry a gradient\n", q.Value(), f.Value(), e.Value(), len(grads))
	for _, in := range []*Input{x, y, z} {
		fmt.Printf("d%s = %.6f\n", in.name, grads[in])
	}
}

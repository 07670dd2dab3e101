// Exercises: a Layer interface, structs embedding a shared base with promoted methods, method values, Sequential
package main

import (
	"fmt"
	"math"
)

type Layer interface {
	Forward(x []float64) []float64
	Name() string // promoted from base in every layer
}

type base struct {
	name  string
	calls int
}

func (b *base) Name() string { return b.name }
func (b *base) tick()        { b.calls++ } // counts Forward calls per layer

type Dense struct {
	base
	W [][]float64
	B []float64
}

func (d *Dense) Forward(x []float64) []float64 {
	d.tick()
	out := append([]float64(nil), d.B...)
	for i, row := range d.W {
		for j, w := range row {
			out[i] += w * x[j]
		}
	}
	return out
}

type Act struct {
	base
	F func(float64) float64
}

func (a *Act) Forward(x []float64) (out []float64) {
	a.tick()
	for _, v := range x {
		out = append(out, a.F(v))
	}
	return
}

type Sequential []Layer

func (s Sequential) Forward(x []float64) []float64 {
	for _, l := range s {
		x = l.Forward(x)
	}
	return x // the caller's slice is never written: each layer returns a new one
}

func main() {
	d1 := &Dense{base{"dense1", 0}, [][]float64{{1, -1}, {0.5, 0.5}, {-1, 2}}, []float64{0, 0.1, -0.2}}
	relu := &Act{base: base{name: "relu"}, F: func(v float64) float64 { return math.Max(0, v) }}
	d2 := &Dense{base: base{name: "dense2"}, W: [][]float64{{1, 1, 1}}, B: []float64{0}}
	net := Sequential{d1, relu, d2}
	fwd := net.Forward
	fmt.Printf("%.3f %.3f %s %s %d %d %s\n", fwd([]float64{1, 2}), fwd([]float64{3, -1}),
		net[0].Name(), net[1].Name(), d1.calls, relu.base.calls, d2.name)
	nameOf := d2.Name // a method value on a pointer: sees the rename
	d2.name = "head"
	fmt.Println(nameOf(), d2.Name())
}

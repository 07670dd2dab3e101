// Exercises: sigmoid neuron gate by gate vs one sigmoid gate, derivative shortcut (1-s)s
package main

import (
	"fmt"
	"math"
)

type Neuron struct{ W [3]float64 } // w0, w1, bias

func (n Neuron) ByGates(x [2]float64) (float64, [3]float64, [2]float64) {
	dot := n.W[0]*x[0] + n.W[1]*x[1] + n.W[2]
	neg := -dot
	e := math.Exp(neg)
	p := 1 + e
	out := 1 / p
	dp := -1 / (p * p)
	de := dp
	dneg := e * de
	ddot := -dneg
	return out, [3]float64{x[0] * ddot, x[1] * ddot, ddot}, [2]float64{n.W[0] * ddot, n.W[1] * ddot}
}

func (n Neuron) Shortcut(x [2]float64) (float64, [3]float64, [2]float64) {
	dot := n.W[0]*x[0] + n.W[1]*x[1] + n.W[2]
	s := 1 / (1 + math.Exp(-dot))
	ddot := (1 - s) * s
	return s, [3]float64{x[0] * ddot, x[1] * ddot, ddot}, [2]float64{n.W[0] * ddot, n.W[1] * ddot}
}

func main() {
	n := Neuron{W: [3]float64{2, -3, -3}}
	x := [2]float64{-1, -2}
	o1, dw1, dx1 := n.ByGates(x)
	o2, dw2, dx2 := n.Shortcut(x)
	fmt.Printf("gates:    %.5f %.5f %.5f\n", o1, dw1, dx1)
	fmt.Printf("shortcut: %.5f %.5f %.5f\n", o2, dw2, dx2)
	maxDiff := 0.0
	for i := range dw1 {
		maxDiff = math.Max(maxDiff, math.Abs(dw1[i]-dw2[i]))
	}
	fmt.Printf("max diff %.3e\n", maxDiff)
	fmt.Println(dw1 == dw2, dx1 == dx2)
	fmt.Printf("%v\n%+v\n", n, n)
}

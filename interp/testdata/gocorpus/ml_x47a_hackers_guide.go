package main

import (
	"fmt"
	"math/rand"
)

func forwardMultiplyGate(x, y float64) float64 { return x * y }

func forwardAddGate(a, b float64) float64 { return a + b }

func forwardCircuit(x, y, z float64) float64 {
	q := forwardAddGate(x, y)
	return forwardMultiplyGate(q, z)
}

func main() {
	x, y := -2.0, 3.0
	// strategy 1: random local search
	r := rand.New(rand.NewSource(1))
	tweak := 0.01
	best := -1e18
	bestX, bestY := x, y
	for k := 0; k < 100; k++ {
		xt := x + tweak*(r.Float64()*2-1)
		yt := y + tweak*(r.Float64()*2-1)
		out := forwardMultiplyGate(xt, yt)
		if out > best {
			best, bestX, bestY = out, xt, yt
		}
	}
	fmt.Printf("random search: best %.6f at (%.5f, %.5f)\n", best, bestX, bestY)

	// strategy 2: numerical gradient
	h := 0.0001
	out := forwardMultiplyGate(x, y)
	xd := (forwardMultiplyGate(x+h, y) - out) / h
	yd := (forwardMultiplyGate(x, y+h) - out) / h
	fmt.Printf("numerical: dx=%.4f dy=%.4f\n", xd, yd)

	// strategy 3: analytic gradient
	step := 0.01
	xg, yg := y, x
	x2, y2 := x+step*xg, y+step*yg
	fmt.Printf("analytic step: out %.4f -> %.4f\n", out, forwardMultiplyGate(x2, y2))

	// circuit with multiple gates
	cx, cy, cz := -2.0, 5.0, -4.0
	q := forwardAddGate(cx, cy)
	f := forwardMultiplyGate(q, cz)
	dfdz, dfdq := q, cz
	dqdx, dqdy := 1.0, 1.0
	dfdx, dfdy := dqdx*dfdq, dqdy*dfdq
	fmt.Printf("f=%v grad=[%v %v %v]\n", f, dfdx, dfdy, dfdz)
	cx, cy, cz = cx+step*dfdx, cy+step*dfdy, cz+step*dfdz
	fmt.Printf("after step: %.4f\n", forwardCircuit(cx, cy, cz))

	// numerical check of the circuit
	x0, y0, z0 := -2.0, 5.0, -4.0
	base := forwardCircuit(x0, y0, z0)
	num := [3]float64{
		(forwardCircuit(x0+h, y0, z0) - base) / h,
		(forwardCircuit(x0, y0+h, z0) - base) / h,
		(forwardCircuit(x0, y0, z0+h) - base) / h,
	}
	fmt.Printf("numerical circuit grad: %.3f\n", num)
}

package main

import (
	"fmt"
	"math/rand"
)

func forwardMultiplyGate(x, y float64) float64 { return x * y }

func forwardCircuit(x, y, z float64) float64 {
	q := x + y
	return forwardMultiplyGate(q, z)
}

func main() {
	// strategy 1: random local search
	r := rand.New(rand.NewSource(7))
	x, y := -2.0, 3.0
	tweak := 0.01
	best := forwardMultiplyGate(x, y)
	bestX, bestY := x, y
	for k := 0; k < 100; k++ {
		xTry := x + tweak*(r.Float64()*2-1)
		yTry := y + tweak*(r.Float64()*2-1)
		if out := forwardMultiplyGate(xTry, yTry); out > best {
			best, bestX, bestY = out, xTry, yTry
		}
	}
	fmt.Printf("random search: x=%.4f y=%.4f out=%.5f\n", bestX, bestY, best)

	// strategy 2: numerical gradient
	h := 0.0001
	out := forwardMultiplyGate(x, y)
	xDer := (forwardMultiplyGate(x+h, y) - out) / h
	yDer := (forwardMultiplyGate(x, y+h) - out) / h
	fmt.Printf("numerical: dx=%.4f dy=%.4f\n", xDer, yDer)
	step := 0.01
	fmt.Printf("after step: %.4f\n", forwardMultiplyGate(x+step*xDer, y+step*yDer))

	// strategy 3: analytic gradient
	xGrad, yGrad := y, x
	fmt.Printf("analytic: dx=%.1f dy=%.1f -> %.4f\n", xGrad, yGrad, forwardMultiplyGate(x+step*xGrad, y+step*yGrad))

	// a deeper circuit: f(x, y, z) = (x + y) * z
	x, y, z := -2.0, 5.0, -4.0
	q := x + y
	f := forwardCircuit(x, y, z)
	dfdz := q
	dfdq := z
	dfdx := 1.0 * dfdq
	dfdy := 1.0 * dfdq
	fmt.Printf("f=%g  grad=[%g %g %g]\n", f, dfdx, dfdy, dfdz)
	x += step * dfdx
	y += step * dfdy
	z += step * dfdz
	fmt.Printf("nudged f=%.4f (was %g)\n", forwardCircuit(x, y, z), f)
	// numerical check of the whole circuit
	x, y, z = -2, 5, -4
	grads := [3]float64{
		(forwardCircuit(x+h, y, z) - forwardCircuit(x, y, z)) / h,
		(forwardCircuit(x, y+h, z) - forwardCircuit(x, y, z)) / h,
		(forwardCircuit(x, y, z+h) - forwardCircuit(x, y, z)) / h,
	}
	fmt.Printf("numeric grad=%.3f\n", grads)
}

// Exercises: staged computation of f(x,y) = (x + sigma(y)) / (sigma(x) + (x+y)^2), every intermediate printed, backward by hand
package main

import (
	"fmt"
	"math"
)

func sigma(v float64) float64 { return 1 / (1 + math.Exp(-v)) }

func f(x, y float64) float64 {
	return (x + sigma(y)) / (sigma(x) + (x+y)*(x+y))
}

func main() {
	x, y := 3.0, -4.0
	// forward pass
	sigy := sigma(y)
	num := x + sigy
	sigx := sigma(x)
	xpy := x + y
	xpysqr := xpy * xpy
	den := sigx + xpysqr
	invden := 1.0 / den
	fv := num * invden
	for _, s := range []struct {
		name string
		v    float64
	}{{"sigy", sigy}, {"num", num}, {"sigx", sigx}, {"xpy", xpy}, {"xpysqr", xpysqr}, {"den", den}, {"invden", invden}, {"f", fv}} {
		fmt.Printf("%-7s %.8f\n", s.name, s.v)
	}
	// backward pass
	dnum := invden
	dinvden := num
	dden := (-1.0 / (den * den)) * dinvden
	dsigx := 1 * dden
	dxpysqr := 1 * dden
	dxpy := 2 * xpy * dxpysqr
	dx := 1 * dxpy
	dy := 1 * dxpy
	dx += (1 - sigx) * sigx * dsigx
	dx += 1 * dnum
	dsigy := 1 * dnum
	dy += (1 - sigy) * sigy * dsigy
	fmt.Printf("dx=%.8f dy=%.8f\n", dx, dy)
	h := 1e-5
	ndx := (f(x+h, y) - f(x-h, y)) / (2 * h)
	ndy := (f(x, y+h) - f(x, y-h)) / (2 * h)
	fmt.Printf("numeric dx=%.6f dy=%.6f\n", ndx, ndy)
	fmt.Println("close:", math.Abs(dx-ndx) < 1e-6, math.Abs(dy-ndy) < 1e-6)
}

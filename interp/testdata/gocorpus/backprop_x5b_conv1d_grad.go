// Exercises: 1-D convolution (valid, stride 1) forward and backward for input, kernel and bias, numeric check of every gradient
package main

import (
	"fmt"
	"math"
)

func conv(x, k []float64, b float64) []float64 {
	out := make([]float64, len(x)-len(k)+1)
	for i := range out {
		s := b
		for j, kv := range k {
			s += x[i+j] * kv
		}
		out[i] = s
	}
	return out
}

func convBackward(x, k, dout []float64) (dx, dk []float64, db float64) {
	dx, dk = make([]float64, len(x)), make([]float64, len(k))
	for i, g := range dout {
		db += g
		for j := range k {
			dx[i+j] += g * k[j]
			dk[j] += g * x[i+j]
		}
	}
	return
}

func main() {
	x := []float64{1, -2, 3, 0.5, -1, 2}
	k := []float64{0.2, -0.5, 1}
	b := []float64{0.1} // a slice, so the check below can nudge it like the others
	dout := []float64{1, -1, 0.5, 2}
	out := conv(x, k, b[0])
	dx, dk, db := convBackward(x, k, dout)
	fmt.Printf("out %.3f\ndx %.3f\ndk %.3f\ndb %.3f\n", out, dx, dk, db)
	L := func() (s float64) {
		for i, v := range conv(x, k, b[0]) {
			s += v * dout[i]
		}
		return
	}
	worst := 0.0
	for _, pg := range [][2][]float64{{x, dx}, {k, dk}, {b, {db}}} {
		for i, old := range pg[0] {
			pg[0][i] = old + 1e-6
			lp := L()
			pg[0][i] = old - 1e-6
			lm := L()
			pg[0][i] = old
			worst = math.Max(worst, math.Abs((lp-lm)/2e-6-pg[1][i]))
		}
	}
	fmt.Println("all gradients within 1e-8:", worst < 1e-8)
}

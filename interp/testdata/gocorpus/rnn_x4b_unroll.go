// Exercises: a scalar RNN unrolled over time, backprop through time with a reverse loop, gradient check on the recurrent weight
package main

import (
	"fmt"
	"math"
)

type RNN struct{ Wx, Wh, B float64 }

func (r RNN) run(xs []float64) (hs []float64) {
	h := 0.0
	hs = append(hs, h)
	for _, x := range xs {
		h = math.Tanh(r.Wx*x + r.Wh*h + r.B)
		hs = append(hs, h)
	}
	return hs
}

func (r RNN) loss(xs []float64, target float64) float64 {
	hs := r.run(xs)
	d := hs[len(hs)-1] - target
	return 0.5 * d * d
}

func (r RNN) grads(xs []float64, target float64) (dWx, dWh, dB float64) {
	hs := r.run(xs)
	dh := hs[len(hs)-1] - target
	for t := len(xs); t >= 1; t-- {
		da := dh * (1 - hs[t]*hs[t])
		dWx += da * xs[t-1]
		dWh += da * hs[t-1]
		dB += da
		dh = da * r.Wh
	}
	return
}

func main() {
	r := RNN{Wx: 0.5, Wh: 0.8, B: -0.1}
	xs := []float64{1, -0.5, 0.25, 2}
	dWx, dWh, dB := r.grads(xs, 0.3)
	h := 1e-6
	rp, rm := r, r
	rp.Wh += h
	rm.Wh -= h
	num := (rp.loss(xs, 0.3) - rm.loss(xs, 0.3)) / (2 * h)
	fmt.Printf("hs=%.4f\n", r.run(xs))
	fmt.Printf("dWx=%.6f dWh=%.6f dB=%.6f num dWh=%.6f\n", dWx, dWh, dB, num)
	for step := 0; step < 3; step++ {
		gx, gh, gb := r.grads(xs, 0.3)
		r.Wx, r.Wh, r.B = r.Wx-0.5*gx, r.Wh-0.5*gh, r.B-0.5*gb
		fmt.Printf("step %d loss %.6f\n", step, r.loss(xs, 0.3))
	}
}

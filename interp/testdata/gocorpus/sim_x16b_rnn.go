package main

import (
	"fmt"
	"math"
)

func main() {
	wx, wh, b := 0.5, 0.8, 0.1
	xs := []float64{1, 0.5, -1, 2}
	target := 0.3
	hs := make([]float64, len(xs)+1)
	for t, x := range xs {
		hs[t+1] = math.Tanh(wx*x + wh*hs[t] + b)
		fmt.Printf("t=%d x=%+.1f h=%+.5f\n", t, x, hs[t+1])
	}
	out := hs[len(xs)]
	loss := 0.5 * (out - target) * (out - target)
	fmt.Printf("loss %.6f\n", loss)
	dh := out - target
	var dwx, dwh, db float64
	for t := len(xs) - 1; t >= 0; t-- {
		dz := dh * (1 - hs[t+1]*hs[t+1])
		dwx += dz * xs[t]
		dwh += dz * hs[t]
		db += dz
		dh = dz * wh
		fmt.Printf("bptt t=%d dz=%+.6f\n", t, dz)
	}
	fmt.Printf("dwx=%.6f dwh=%.6f db=%.6f\n", dwx, dwh, db)
	f := func(wx, wh, b float64) float64 {
		h := 0.0
		for _, x := range xs {
			h = math.Tanh(wx*x + wh*h + b)
		}
		return 0.5 * (h - target) * (h - target)
	}
	e := 1e-6
	nwx := (f(wx+e, wh, b) - f(wx-e, wh, b)) / (2 * e)
	nwh := (f(wx, wh+e, b) - f(wx, wh-e, b)) / (2 * e)
	nb := (f(wx, wh, b+e) - f(wx, wh, b-e)) / (2 * e)
	ok := math.Abs(nwx-dwx) < 1e-7 && math.Abs(nwh-dwh) < 1e-7 && math.Abs(nb-db) < 1e-7
	fmt.Println("bptt matches numeric:", ok)
	for step := range 50 {
		l := f(wx, wh, b)
		gx := (f(wx+e, wh, b) - f(wx-e, wh, b)) / (2 * e)
		gh := (f(wx, wh+e, b) - f(wx, wh-e, b)) / (2 * e)
		gb := (f(wx, wh, b+e) - f(wx, wh, b-e)) / (2 * e)
		wx, wh, b = wx-0.5*gx, wh-0.5*gh, b-0.5*gb
		if step%10 == 9 {
			fmt.Printf("step %d loss %.8f\n", step+1, l)
		}
	}
}

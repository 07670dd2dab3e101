package main

import (
	"fmt"
	"math"
)

type RNN struct {
	Wx, Wh, Wy, Bh, By float64
}

type trace struct {
	xs, hs, ys []float64
}

func (r RNN) forward(xs []float64) trace {
	t := trace{xs: xs, hs: []float64{0}}
	for _, x := range xs {
		h := math.Tanh(r.Wx*x + r.Wh*t.hs[len(t.hs)-1] + r.Bh)
		t.hs = append(t.hs, h)
		t.ys = append(t.ys, r.Wy*h+r.By)
	}
	return t
}

func (r RNN) loss(xs, targets []float64) float64 {
	t := r.forward(xs)
	l := 0.0
	for i, y := range t.ys {
		l += 0.5 * (y - targets[i]) * (y - targets[i])
	}
	return l
}

func (r RNN) bptt(xs, targets []float64) (g RNN) {
	t := r.forward(xs)
	dhNext := 0.0
	for i := len(xs) - 1; i >= 0; i-- {
		dy := t.ys[i] - targets[i]
		h := t.hs[i+1]
		g.Wy += dy * h
		g.By += dy
		dh := dy*r.Wy + dhNext
		dz := dh * (1 - h*h)
		g.Wx += dz * xs[i]
		g.Wh += dz * t.hs[i]
		g.Bh += dz
		dhNext = dz * r.Wh
	}
	return
}

func main() {
	r := RNN{Wx: 0.5, Wh: -0.3, Wy: 1.2, Bh: 0.1, By: -0.05}
	xs := []float64{1, 0, -1, 0.5, 2}
	ts := []float64{0.5, 0.4, -0.2, 0.1, 0.9}
	g := r.bptt(xs, ts)
	// numeric check via pointers to fields
	h := 1e-6
	fields := []struct {
		name string
		p    *float64
		an   float64
	}{{"Wx", &r.Wx, g.Wx}, {"Wh", &r.Wh, g.Wh}, {"Wy", &r.Wy, g.Wy}, {"Bh", &r.Bh, g.Bh}, {"By", &r.By, g.By}}
	for _, f := range fields {
		old := *f.p
		*f.p = old + h
		lp := r.loss(xs, ts)
		*f.p = old - h
		lm := r.loss(xs, ts)
		*f.p = old
		fmt.Printf("%s analytic=%+.6f numeric=%+.6f\n", f.name, f.an, (lp-lm)/(2*h))
	}
	for it := 0; it < 200; it++ {
		g := r.bptt(xs, ts)
		r.Wx -= 0.1 * g.Wx
		r.Wh -= 0.1 * g.Wh
		r.Wy -= 0.1 * g.Wy
		r.Bh -= 0.1 * g.Bh
		r.By -= 0.1 * g.By
	}
	fmt.Printf("final loss %.6f\n%+v\n", r.loss(xs, ts), r)
}

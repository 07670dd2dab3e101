package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func newMat(r, c int, f func(i, j int) float64) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func linspace(lo, hi float64, n int) func(i, j int) float64 {
	return func(i, j int) float64 {
		return lo + (hi-lo)*float64(i*n+j)/float64(n*n-1)
	}
}

// stepForward: next_h = tanh(x Wx + prev_h Wh + b)
func stepForward(x, prevH []float64, Wx, Wh Mat, b []float64) []float64 {
	h := make([]float64, len(b))
	for j := range h {
		a := b[j]
		for i := range x {
			a += x[i] * Wx[i][j]
		}
		for i := range prevH {
			a += prevH[i] * Wh[i][j]
		}
		h[j] = math.Tanh(a)
	}
	return h
}

type Grads struct {
	Dx, DprevH, Db []float64
	DWx, DWh       Mat
}

func stepBackward(dnext, x, prevH, next []float64, Wx, Wh Mat) Grads {
	g := Grads{
		Dx: make([]float64, len(x)), DprevH: make([]float64, len(prevH)), Db: make([]float64, len(next)),
		DWx: newMat(len(x), len(next), func(int, int) float64 { return 0 }),
		DWh: newMat(len(prevH), len(next), func(int, int) float64 { return 0 }),
	}
	for j := range next {
		da := dnext[j] * (1 - next[j]*next[j])
		g.Db[j] = da
		for i := range x {
			g.Dx[i] += da * Wx[i][j]
			g.DWx[i][j] = x[i] * da
		}
		for i := range prevH {
			g.DprevH[i] += da * Wh[i][j]
			g.DWh[i][j] = prevH[i] * da
		}
	}
	return g
}

func main() {
	N, D, H := 1, 4, 5
	_ = N
	x := []float64{-0.4, -0.1, 0.2, 0.5}
	prevH := []float64{-0.2, -0.1, 0.0, 0.1, 0.3}
	Wx := newMat(D, H, linspace(-0.1, 0.9, H))
	Wh := newMat(H, H, linspace(-0.3, 0.7, H))
	b := []float64{-0.2, -0.1, 0, 0.1, 0.2}
	next := stepForward(x, prevH, Wx, Wh, b)
	fmt.Printf("next_h = %.6f\n", next)
	dnext := []float64{0.3, -0.2, 0.1, 0.5, -0.4}
	g := stepBackward(dnext, x, prevH, next, Wx, Wh)
	f := func() float64 {
		h := stepForward(x, prevH, Wx, Wh, b)
		s := 0.0
		for j := range h {
			s += h[j] * dnext[j]
		}
		return s
	}
	num := func(p *float64) float64 {
		old := *p
		*p = old + 1e-5
		fp := f()
		*p = old - 1e-5
		fm := f()
		*p = old
		return (fp - fm) / 2e-5
	}
	fmt.Printf("dx[2]   analytic %.8f numeric %.8f\n", g.Dx[2], num(&x[2]))
	fmt.Printf("dh[4]   analytic %.8f numeric %.8f\n", g.DprevH[4], num(&prevH[4]))
	fmt.Printf("dWx[1][3] analytic %.8f numeric %.8f\n", g.DWx[1][3], num(&Wx[1][3]))
	fmt.Printf("dWh[0][0] analytic %.8f numeric %.8f\n", g.DWh[0][0], num(&Wh[0][0]))
	fmt.Printf("db[1]   analytic %.8f numeric %.8f\n", g.Db[1], num(&b[1]))
	h := prevH
	for t, xt := range [][]float64{x, {0, 0, 0, 0}, {1, -1, 1, -1}} {
		h = stepForward(xt, h, Wx, Wh, b)
		fmt.Printf("t=%d h=%.3f\n", t, h)
	}
}

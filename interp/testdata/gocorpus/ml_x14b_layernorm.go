package main

import (
	"fmt"
	"math"
)

type LayerNorm struct {
	Gamma, Beta []float64
	Eps         float64
	// cache
	xhat   []float64
	invStd float64
}

func NewLayerNorm(n int) *LayerNorm {
	ln := &LayerNorm{Gamma: make([]float64, n), Beta: make([]float64, n), Eps: 1e-5}
	for i := range ln.Gamma {
		ln.Gamma[i] = 1
	}
	return ln
}

func (ln *LayerNorm) Forward(x []float64) []float64 {
	n := float64(len(x))
	mean := 0.0
	for _, v := range x {
		mean += v
	}
	mean /= n
	vr := 0.0
	for _, v := range x {
		vr += (v - mean) * (v - mean)
	}
	vr /= n
	ln.invStd = 1 / math.Sqrt(vr+ln.Eps)
	ln.xhat = make([]float64, len(x))
	out := make([]float64, len(x))
	for i, v := range x {
		ln.xhat[i] = (v - mean) * ln.invStd
		out[i] = ln.Gamma[i]*ln.xhat[i] + ln.Beta[i]
	}
	return out
}

func (ln *LayerNorm) Backward(dout []float64) (dx, dgamma, dbeta []float64) {
	n := float64(len(dout))
	dx, dgamma, dbeta = make([]float64, len(dout)), make([]float64, len(dout)), make([]float64, len(dout))
	dxhat := make([]float64, len(dout))
	var sumD, sumDX float64
	for i, d := range dout {
		dgamma[i] = d * ln.xhat[i]
		dbeta[i] = d
		dxhat[i] = d * ln.Gamma[i]
		sumD += dxhat[i]
		sumDX += dxhat[i] * ln.xhat[i]
	}
	for i := range dx {
		dx[i] = ln.invStd / n * (n*dxhat[i] - sumD - ln.xhat[i]*sumDX)
	}
	return
}

func main() {
	x := []float64{1, 2, 4, 8}
	ln := NewLayerNorm(4)
	ln.Gamma = []float64{1, 0.5, 2, 1}
	ln.Beta = []float64{0, 0.1, 0, -0.1}
	y := ln.Forward(x)
	fmt.Printf("y = %.5f\n", y)
	w := []float64{0.3, -0.2, 0.5, 0.1}
	dx, dg, db := ln.Backward(w)
	fmt.Printf("dx = %.5f\ndg = %.5f\ndb = %v\n", dx, dg, db)
	// numeric gradient check on dx
	loss := func(x []float64) float64 {
		l := NewLayerNorm(4)
		l.Gamma, l.Beta = ln.Gamma, ln.Beta
		s := 0.0
		for i, v := range l.Forward(x) {
			s += v * w[i]
		}
		return s
	}
	maxErr := 0.0
	for i := range x {
		xp := append([]float64(nil), x...)
		xm := append([]float64(nil), x...)
		xp[i] += 1e-5
		xm[i] -= 1e-5
		num := (loss(xp) - loss(xm)) / 2e-5
		maxErr = math.Max(maxErr, math.Abs(num-dx[i]))
	}
	fmt.Println("grad check ok:", maxErr < 1e-6)
}

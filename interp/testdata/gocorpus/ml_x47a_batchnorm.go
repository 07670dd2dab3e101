package main

import (
	"fmt"
	"math"
)

type BNCache struct {
	xhat    []float64
	invStd  float64
	gamma   float64
	centerd []float64
}

func bnForward(x []float64, gamma, beta float64) ([]float64, BNCache) {
	n := float64(len(x))
	mean := 0.0
	for _, v := range x {
		mean += v
	}
	mean /= n
	variance := 0.0
	c := make([]float64, len(x))
	for i, v := range x {
		c[i] = v - mean
		variance += c[i] * c[i]
	}
	variance /= n
	inv := 1 / math.Sqrt(variance+1e-5)
	out := make([]float64, len(x))
	xhat := make([]float64, len(x))
	for i := range x {
		xhat[i] = c[i] * inv
		out[i] = gamma*xhat[i] + beta
	}
	return out, BNCache{xhat, inv, gamma, c}
}

func bnBackward(dout []float64, c BNCache) (dx []float64, dgamma, dbeta float64) {
	n := float64(len(dout))
	var sumD, sumDX float64
	for i, d := range dout {
		dgamma += d * c.xhat[i]
		dbeta += d
		sumD += d * c.gamma
		sumDX += d * c.gamma * c.xhat[i]
	}
	dx = make([]float64, len(dout))
	for i, d := range dout {
		dxhat := d * c.gamma
		dx[i] = c.invStd / n * (n*dxhat - sumD - c.xhat[i]*sumDX)
	}
	return
}

func main() {
	x := []float64{1, 2, 4, 7, -1}
	dout := []float64{0.1, -0.2, 0.3, 0.05, -0.4}
	gamma, beta := 1.5, 0.2
	out, cache := bnForward(x, gamma, beta)
	fmt.Printf("out: %.4f\n", out)
	dx, dg, db := bnBackward(dout, cache)
	fmt.Printf("dx: %.6f\ndgamma=%.6f dbeta=%.6f\n", dx, dg, db)

	loss := func(x []float64) float64 {
		o, _ := bnForward(x, gamma, beta)
		s := 0.0
		for i := range o {
			s += o[i] * dout[i]
		}
		return s
	}
	h := 1e-5
	maxErr := 0.0
	for i := range x {
		xp := append([]float64(nil), x...)
		xm := append([]float64(nil), x...)
		xp[i] += h
		xm[i] -= h
		num := (loss(xp) - loss(xm)) / (2 * h)
		maxErr = math.Max(maxErr, math.Abs(num-dx[i]))
	}
	fmt.Println("max abs error below 1e-8:", maxErr < 1e-8)
	sum := 0.0
	for _, v := range dx {
		sum += v
	}
	fmt.Printf("sum dx ~ 0: %t\n", math.Abs(sum) < 1e-12)
}

package main

import (
	"fmt"
	"math"
)

type BNCache struct {
	xhat   [][]float64
	invStd []float64
	gamma  []float64
}

func batchnormForward(x [][]float64, gamma, beta []float64, eps float64) ([][]float64, BNCache) {
	N, D := len(x), len(x[0])
	mean := make([]float64, D)
	variance := make([]float64, D)
	for _, row := range x {
		for j, v := range row {
			mean[j] += v / float64(N)
		}
	}
	for _, row := range x {
		for j, v := range row {
			variance[j] += (v - mean[j]) * (v - mean[j]) / float64(N)
		}
	}
	cache := BNCache{gamma: gamma, invStd: make([]float64, D)}
	for j := range variance {
		cache.invStd[j] = 1 / math.Sqrt(variance[j]+eps)
	}
	out := make([][]float64, N)
	cache.xhat = make([][]float64, N)
	for i, row := range x {
		out[i] = make([]float64, D)
		cache.xhat[i] = make([]float64, D)
		for j, v := range row {
			xh := (v - mean[j]) * cache.invStd[j]
			cache.xhat[i][j] = xh
			out[i][j] = gamma[j]*xh + beta[j]
		}
	}
	return out, cache
}

func batchnormBackward(dout [][]float64, c BNCache) (dx [][]float64, dgamma, dbeta []float64) {
	N, D := len(dout), len(dout[0])
	dgamma = make([]float64, D)
	dbeta = make([]float64, D)
	for i := range dout {
		for j := range dout[i] {
			dbeta[j] += dout[i][j]
			dgamma[j] += dout[i][j] * c.xhat[i][j]
		}
	}
	dx = make([][]float64, N)
	for i := range dout {
		dx[i] = make([]float64, D)
		for j := range dout[i] {
			dxhat := dout[i][j] * c.gamma[j]
			sumD := dbeta[j] * c.gamma[j]
			sumDX := dgamma[j] * c.gamma[j]
			dx[i][j] = c.invStd[j] / float64(N) * (float64(N)*dxhat - sumD - c.xhat[i][j]*sumDX)
		}
	}
	return
}

func main() {
	x := [][]float64{{1, 2, 3}, {4, -1, 0}, {2, 2, 2}, {-3, 0.5, 1}}
	gamma := []float64{1, 0.5, 2}
	beta := []float64{0, 1, -1}
	out, cache := batchnormForward(x, gamma, beta, 1e-5)
	for _, r := range out {
		fmt.Printf("%7.4f\n", r)
	}
	dout := [][]float64{{0.1, -0.2, 0.3}, {0.5, 0.1, -0.1}, {-0.3, 0.2, 0.0}, {0.2, 0.4, 0.1}}
	dx, dg, db := batchnormBackward(dout, cache)
	fmt.Printf("dgamma %.4f\ndbeta  %.4f\n", dg, db)
	// numeric check on x[1][2]
	h := 1e-5
	f := func() float64 {
		o, _ := batchnormForward(x, gamma, beta, 1e-5)
		s := 0.0
		for i := range o {
			for j := range o[i] {
				s += o[i][j] * dout[i][j]
			}
		}
		return s
	}
	x[1][2] += h
	fp := f()
	x[1][2] -= 2 * h
	fm := f()
	x[1][2] += h
	num := (fp - fm) / (2 * h)
	fmt.Printf("dx[1][2] analytic %.6f numeric %.6f\n", dx[1][2], num)
	colSum := 0.0
	for i := range dx {
		colSum += dx[i][0]
	}
	fmt.Printf("sum of dx column 0 ~ 0: %v\n", math.Abs(colSum) < 1e-9)
}

package main

import (
	"fmt"
	"math"
)

type BatchNorm struct {
	Gamma, Beta     []float64
	RunMean, RunVar []float64
	Momentum, Eps   float64
	cache           struct {
		xhat   [][]float64
		invStd []float64
	}
}

func NewBatchNorm(d int) *BatchNorm {
	bn := &BatchNorm{Momentum: 0.9, Eps: 1e-5}
	bn.Gamma, bn.Beta = make([]float64, d), make([]float64, d)
	bn.RunMean, bn.RunVar = make([]float64, d), make([]float64, d)
	for i := range bn.Gamma {
		bn.Gamma[i] = 1
	}
	return bn
}

func (bn *BatchNorm) Forward(x [][]float64, train bool) [][]float64 {
	n, d := len(x), len(x[0])
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, d)
	}
	if !train {
		for i := range x {
			for j := range x[i] {
				out[i][j] = bn.Gamma[j]*(x[i][j]-bn.RunMean[j])/math.Sqrt(bn.RunVar[j]+bn.Eps) + bn.Beta[j]
			}
		}
		return out
	}
	bn.cache.xhat = make([][]float64, n)
	bn.cache.invStd = make([]float64, d)
	for i := range bn.cache.xhat {
		bn.cache.xhat[i] = make([]float64, d)
	}
	for j := 0; j < d; j++ {
		mu, v := 0.0, 0.0
		for i := 0; i < n; i++ {
			mu += x[i][j]
		}
		mu /= float64(n)
		for i := 0; i < n; i++ {
			v += (x[i][j] - mu) * (x[i][j] - mu)
		}
		v /= float64(n)
		inv := 1 / math.Sqrt(v+bn.Eps)
		bn.cache.invStd[j] = inv
		for i := 0; i < n; i++ {
			bn.cache.xhat[i][j] = (x[i][j] - mu) * inv
			out[i][j] = bn.Gamma[j]*bn.cache.xhat[i][j] + bn.Beta[j]
		}
		bn.RunMean[j] = bn.Momentum*bn.RunMean[j] + (1-bn.Momentum)*mu
		bn.RunVar[j] = bn.Momentum*bn.RunVar[j] + (1-bn.Momentum)*v
	}
	return out
}

// Backward returns dx, dgamma, dbeta using the simplified formula.
func (bn *BatchNorm) Backward(dout [][]float64) (dx [][]float64, dgamma, dbeta []float64) {
	n, d := len(dout), len(dout[0])
	dgamma, dbeta = make([]float64, d), make([]float64, d)
	dx = make([][]float64, n)
	for i := range dx {
		dx[i] = make([]float64, d)
	}
	for j := 0; j < d; j++ {
		var sumD, sumDX float64
		for i := 0; i < n; i++ {
			dbeta[j] += dout[i][j]
			dgamma[j] += dout[i][j] * bn.cache.xhat[i][j]
		}
		sumD, sumDX = dbeta[j], dgamma[j]
		for i := 0; i < n; i++ {
			dx[i][j] = bn.Gamma[j] * bn.cache.invStd[j] / float64(n) *
				(float64(n)*dout[i][j] - sumD - bn.cache.xhat[i][j]*sumDX)
		}
	}
	return
}

func main() {
	x := [][]float64{{1, 10, -3}, {2, 14, -1}, {3, 9, 0}, {6, 11, 4}}
	bn := NewBatchNorm(3)
	bn.Gamma = []float64{1, 2, 0.5}
	bn.Beta = []float64{0, 1, -1}
	out := bn.Forward(x, true)
	for _, r := range out {
		fmt.Printf("%8.4f\n", r)
	}
	dout := [][]float64{{1, 0, 2}, {0, 1, -1}, {-1, 2, 0}, {0.5, 0.5, 0.5}}
	dx, dg, db := bn.Backward(dout)
	fmt.Printf("dgamma %.4f dbeta %.4f\n", dg, db)
	// numeric check of dx[1][0]
	loss := func() float64 {
		o := bn.Forward(x, true)
		s := 0.0
		for i := range o {
			for j := range o[i] {
				s += o[i][j] * dout[i][j]
			}
		}
		return s
	}
	h := 1e-5
	x[1][0] += h
	lp := loss()
	x[1][0] -= 2 * h
	lm := loss()
	x[1][0] += h
	fmt.Printf("dx[1][0] analytic %.6f numeric %.6f\n", dx[1][0], (lp-lm)/(2*h))
	fmt.Printf("running mean %.4f var %.4f\n", bn.RunMean, bn.RunVar)
	test := bn.Forward([][]float64{{3, 11, 0}}, false)
	fmt.Printf("test mode: %.4f\n", test[0])
}

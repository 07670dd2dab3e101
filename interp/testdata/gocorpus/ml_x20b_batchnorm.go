package main

import (
	"fmt"
	"math"
)

type BatchNorm struct {
	Gamma, Beta     []float64
	RunMean, RunVar []float64
	Momentum, Eps   float64
	xhat            [][]float64
	std             []float64
	training        bool
}

func NewBatchNorm(d int) *BatchNorm {
	bn := &BatchNorm{Momentum: 0.1, Eps: 1e-5, training: true}
	bn.Gamma = make([]float64, d)
	bn.Beta = make([]float64, d)
	bn.RunMean = make([]float64, d)
	bn.RunVar = make([]float64, d)
	for i := range d {
		bn.Gamma[i] = 1
		bn.RunVar[i] = 1
	}
	return bn
}

func (bn *BatchNorm) Forward(X [][]float64) [][]float64 {
	n, d := len(X), len(X[0])
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, d)
	}
	if !bn.training {
		for i := range X {
			for j := range X[i] {
				out[i][j] = bn.Gamma[j]*(X[i][j]-bn.RunMean[j])/math.Sqrt(bn.RunVar[j]+bn.Eps) + bn.Beta[j]
			}
		}
		return out
	}
	bn.xhat = make([][]float64, n)
	for i := range bn.xhat {
		bn.xhat[i] = make([]float64, d)
	}
	bn.std = make([]float64, d)
	for j := 0; j < d; j++ {
		mean, v := 0.0, 0.0
		for i := range X {
			mean += X[i][j]
		}
		mean /= float64(n)
		for i := range X {
			v += (X[i][j] - mean) * (X[i][j] - mean)
		}
		v /= float64(n)
		bn.std[j] = math.Sqrt(v + bn.Eps)
		for i := range X {
			bn.xhat[i][j] = (X[i][j] - mean) / bn.std[j]
			out[i][j] = bn.Gamma[j]*bn.xhat[i][j] + bn.Beta[j]
		}
		bn.RunMean[j] = (1-bn.Momentum)*bn.RunMean[j] + bn.Momentum*mean
		bn.RunVar[j] = (1-bn.Momentum)*bn.RunVar[j] + bn.Momentum*v
	}
	return out
}

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
			dgamma[j] += dout[i][j] * bn.xhat[i][j]
			dbeta[j] += dout[i][j]
			dxh := dout[i][j] * bn.Gamma[j]
			sumD += dxh
			sumDX += dxh * bn.xhat[i][j]
		}
		for i := 0; i < n; i++ {
			dxh := dout[i][j] * bn.Gamma[j]
			dx[i][j] = (float64(n)*dxh - sumD - bn.xhat[i][j]*sumDX) / (float64(n) * bn.std[j])
		}
	}
	return
}

func main() {
	X := [][]float64{{1, 10}, {2, 20}, {3, 35}, {4, 15}}
	bn := NewBatchNorm(2)
	bn.Gamma[1] = 2
	bn.Beta[0] = 0.5
	Y := bn.Forward(X)
	for _, row := range Y {
		fmt.Printf("%.4f\n", row)
	}
	dout := [][]float64{{1, 0}, {0, 1}, {0.5, -1}, {-0.5, 0.25}}
	dx, dg, db := bn.Backward(dout)
	fmt.Printf("dgamma=%.4f dbeta=%.4f\n", dg, db)
	for _, row := range dx {
		fmt.Printf("%.4f\n", row)
	}
	fmt.Printf("running mean=%.4f var=%.4f\n", bn.RunMean, bn.RunVar)
	bn.training = false
	fmt.Printf("%.4f\n", bn.Forward([][]float64{{2.5, 20}}))
}

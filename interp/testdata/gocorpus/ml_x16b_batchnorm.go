package main

import (
	"fmt"
	"math"
)

type BatchNorm struct {
	Gamma, Beta []float64
	eps         float64
	xhat        [][]float64
	invStd      []float64
}

func (bn *BatchNorm) Forward(x [][]float64) [][]float64 {
	n, d := len(x), len(x[0])
	mean := make([]float64, d)
	vars := make([]float64, d)
	for _, row := range x {
		for j, v := range row {
			mean[j] += v / float64(n)
		}
	}
	for _, row := range x {
		for j, v := range row {
			vars[j] += (v - mean[j]) * (v - mean[j]) / float64(n)
		}
	}
	bn.invStd = make([]float64, d)
	for j := range vars {
		bn.invStd[j] = 1 / math.Sqrt(vars[j]+bn.eps)
	}
	bn.xhat = make([][]float64, n)
	out := make([][]float64, n)
	for i, row := range x {
		bn.xhat[i] = make([]float64, d)
		out[i] = make([]float64, d)
		for j, v := range row {
			bn.xhat[i][j] = (v - mean[j]) * bn.invStd[j]
			out[i][j] = bn.Gamma[j]*bn.xhat[i][j] + bn.Beta[j]
		}
	}
	return out
}

func (bn *BatchNorm) Backward(dout [][]float64) (dx [][]float64, dgamma, dbeta []float64) {
	n, d := len(dout), len(dout[0])
	dgamma = make([]float64, d)
	dbeta = make([]float64, d)
	sumDx := make([]float64, d)
	sumDxX := make([]float64, d)
	for i := range dout {
		for j := range d {
			dgamma[j] += dout[i][j] * bn.xhat[i][j]
			dbeta[j] += dout[i][j]
			dxh := dout[i][j] * bn.Gamma[j]
			sumDx[j] += dxh
			sumDxX[j] += dxh * bn.xhat[i][j]
		}
	}
	dx = make([][]float64, n)
	for i := range dout {
		dx[i] = make([]float64, d)
		for j := range d {
			dxh := dout[i][j] * bn.Gamma[j]
			dx[i][j] = bn.invStd[j] / float64(n) * (float64(n)*dxh - sumDx[j] - bn.xhat[i][j]*sumDxX[j])
		}
	}
	return
}

func main() {
	x := [][]float64{{1, 10}, {2, 14}, {4, 9}, {5, 7}}
	bn := &BatchNorm{Gamma: []float64{1.5, 0.5}, Beta: []float64{0, 1}, eps: 1e-5}
	y := bn.Forward(x)
	for _, r := range y {
		fmt.Printf("%8.4f %8.4f\n", r[0], r[1])
	}
	dout := [][]float64{{0.1, -0.2}, {0.3, 0.1}, {-0.5, 0.2}, {0.2, 0.4}}
	dx, dg, db := bn.Backward(dout)
	fmt.Printf("dgamma=%.4f dbeta=%.4f\n", dg, db)
	loss := func() float64 {
		o := bn.Forward(x)
		s := 0.0
		for i := range o {
			for j := range o[i] {
				s += o[i][j] * dout[i][j]
			}
		}
		return s
	}
	h := 1e-5
	maxDiff := 0.0
	for i := range x {
		for j := range x[i] {
			old := x[i][j]
			x[i][j] = old + h
			lp := loss()
			x[i][j] = old - h
			lm := loss()
			x[i][j] = old
			num := (lp - lm) / (2 * h)
			maxDiff = math.Max(maxDiff, math.Abs(num-dx[i][j]))
		}
	}
	fmt.Println("dx matches numeric:", maxDiff < 1e-6)
	fmt.Printf("dx[0]=%.5f\n", dx[0])
}

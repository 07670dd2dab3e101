package main

import (
	"fmt"
	"math"
)

type BN struct {
	gamma, beta []float64
	eps         float64
	xhat        [][]float64
	invstd      []float64
}

func (bn *BN) Forward(x [][]float64) [][]float64 {
	N, D := len(x), len(x[0])
	out := make([][]float64, N)
	bn.xhat = make([][]float64, N)
	bn.invstd = make([]float64, D)
	for i := range out {
		out[i] = make([]float64, D)
		bn.xhat[i] = make([]float64, D)
	}
	for j := 0; j < D; j++ {
		var mu, v float64
		for i := 0; i < N; i++ {
			mu += x[i][j]
		}
		mu /= float64(N)
		for i := 0; i < N; i++ {
			v += (x[i][j] - mu) * (x[i][j] - mu)
		}
		v /= float64(N)
		bn.invstd[j] = 1 / math.Sqrt(v+bn.eps)
		for i := 0; i < N; i++ {
			bn.xhat[i][j] = (x[i][j] - mu) * bn.invstd[j]
			out[i][j] = bn.gamma[j]*bn.xhat[i][j] + bn.beta[j]
		}
	}
	return out
}

func (bn *BN) Backward(dout [][]float64) [][]float64 {
	N, D := len(dout), len(dout[0])
	dx := make([][]float64, N)
	for i := range dx {
		dx[i] = make([]float64, D)
	}
	for j := 0; j < D; j++ {
		var sd, sdx float64
		for i := 0; i < N; i++ {
			dxh := dout[i][j] * bn.gamma[j]
			sd += dxh
			sdx += dxh * bn.xhat[i][j]
		}
		for i := 0; i < N; i++ {
			dxh := dout[i][j] * bn.gamma[j]
			dx[i][j] = bn.invstd[j] / float64(N) * (float64(N)*dxh - sd - bn.xhat[i][j]*sdx)
		}
	}
	return dx
}

func main() {
	x := [][]float64{{1, 2}, {3, -1}, {0.5, 4}, {2, 0}}
	dout := [][]float64{{0.1, -0.2}, {0.3, 0.4}, {-0.5, 0.1}, {0.2, 0.2}}
	bn := &BN{gamma: []float64{1.5, 0.5}, beta: []float64{0, 1}, eps: 1e-5}
	y := bn.Forward(x)
	fmt.Printf("y = %.4f\n", y)
	dx := bn.Backward(dout)
	f := func() float64 {
		out := bn.Forward(x)
		s := 0.0
		for i := range out {
			for j := range out[i] {
				s += out[i][j] * dout[i][j]
			}
		}
		return s
	}
	h := 1e-5
	maxErr := 0.0
	for i := range x {
		for j := range x[i] {
			old := x[i][j]
			x[i][j] = old + h
			fp := f()
			x[i][j] = old - h
			fm := f()
			x[i][j] = old
			num := (fp - fm) / (2 * h)
			maxErr = math.Max(maxErr, math.Abs(num-dx[i][j]))
		}
	}
	fmt.Printf("dx = %.5f\n", dx)
	fmt.Println("grad check ok:", maxErr < 1e-6)
}

// Exercises: batch normalization forward and backward on [][]float64 with a numerical gradient check of one input
package main

import (
	"fmt"
	"math"
)

func bnForward(x [][]float64, eps float64) (y [][]float64, xhat [][]float64, invStd []float64) {
	n, d := len(x), len(x[0])
	y, xhat, invStd = make([][]float64, n), make([][]float64, n), make([]float64, d)
	mean, v := make([]float64, d), make([]float64, d)
	for j := 0; j < d; j++ {
		for i := 0; i < n; i++ {
			mean[j] += x[i][j] / float64(n)
		}
		for i := 0; i < n; i++ {
			v[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / float64(n)
		}
		invStd[j] = 1 / math.Sqrt(v[j]+eps)
	}
	for i := range x {
		xhat[i], y[i] = make([]float64, d), make([]float64, d)
		for j := range x[i] {
			xhat[i][j] = (x[i][j] - mean[j]) * invStd[j]
			y[i][j] = 2*xhat[i][j] + 0.5 // gamma = 2, beta = 0.5
		}
	}
	return
}

func loss(y [][]float64) (l float64) {
	for i := range y {
		for j := range y[i] {
			l += y[i][j] * y[i][j] * float64(i+1)
		}
	}
	return
}

func main() {
	x := [][]float64{{1, 2}, {3, -1}, {0.5, 4}, {2, 0}}
	y, xhat, inv := bnForward(x, 1e-5)
	n, h := float64(len(x)), 1e-5
	dxhat := make([]float64, len(x))
	sumD, sumDX := 0.0, 0.0
	for i := range x {
		dxhat[i] = 2 * y[i][0] * float64(i+1) * 2
		sumD += dxhat[i]
		sumDX += dxhat[i] * xhat[i][0]
	}
	dx00 := inv[0] / n * (n*dxhat[0] - sumD - xhat[0][0]*sumDX)
	x[0][0] += h
	yp, _, _ := bnForward(x, 1e-5)
	x[0][0] -= 2 * h
	ym, _, _ := bnForward(x, 1e-5)
	num := (loss(yp) - loss(ym)) / (2 * h)
	fmt.Printf("analytic %.5f numeric %.5f rel %.1e\n", dx00, num, math.Abs(dx00-num)/math.Abs(dx00+num))
	fmt.Printf("y col0 %.4f\n", []float64{y[0][0], y[1][0], y[2][0], y[3][0]})
}

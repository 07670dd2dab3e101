package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func matmul(a, b Mat) Mat {
	out := make(Mat, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for k := range b {
			for j := range b[0] {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func transpose(a Mat) Mat {
	out := make(Mat, len(a[0]))
	for j := range out {
		out[j] = make([]float64, len(a))
		for i := range a {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func apply(a Mat, f func(float64) float64) Mat {
	out := make(Mat, len(a))
	for i, r := range a {
		out[i] = make([]float64, len(r))
		for j, v := range r {
			out[i][j] = f(v)
		}
	}
	return out
}

func hadamard(a, b Mat) Mat {
	out := make(Mat, len(a))
	for i := range a {
		out[i] = make([]float64, len(a[i]))
		for j := range a[i] {
			out[i][j] = a[i][j] * b[i][j]
		}
	}
	return out
}

func main() {
	X := Mat{{1, 0.5}, {-1, 2}, {0, -0.5}}
	W := Mat{{0.2, -0.4, 0.1}, {0.7, 0.3, -0.2}}
	H := apply(matmul(X, W), math.Tanh)
	dH := Mat{{1, 0, -1}, {0.5, 0.5, 0.5}, {0, 2, 0}}
	dZ := hadamard(dH, apply(H, func(h float64) float64 { return 1 - h*h }))
	dW := matmul(transpose(X), dZ)
	dX := matmul(dZ, transpose(W))
	for _, r := range dW {
		fmt.Printf("dW %8.5f\n", r)
	}
	for _, r := range dX {
		fmt.Printf("dX %8.5f\n", r)
	}
	L := func() float64 {
		h := apply(matmul(X, W), math.Tanh)
		s := 0.0
		for i := range h {
			for j := range h[i] {
				s += h[i][j] * dH[i][j]
			}
		}
		return s
	}
	worst := 0.0
	for i := range W {
		for j := range W[i] {
			o := W[i][j]
			W[i][j] = o + 1e-6
			p := L()
			W[i][j] = o - 1e-6
			m := L()
			W[i][j] = o
			worst = math.Max(worst, math.Abs((p-m)/2e-6-dW[i][j]))
		}
	}
	fmt.Println("dW check:", worst < 1e-8)
}

// Exercises: Jacobian of a vector function y = tanh(W x) computed analytically (diag(1-y^2) W) and numerically, compared entrywise
package main

import (
	"fmt"
	"math"
)

type Vec []float64

func apply(W [][]float64, x Vec) Vec {
	y := make(Vec, len(W))
	for i, row := range W {
		s := 0.0
		for j, w := range row {
			s += w * x[j]
		}
		y[i] = math.Tanh(s)
	}
	return y
}

func main() {
	W := [][]float64{{0.5, -1, 0.25}, {2, 0, -0.5}}
	x := Vec{0.3, 0.1, -0.7}
	y := apply(W, x)
	J := make([][]float64, len(y))
	for i := range J {
		J[i] = make([]float64, len(x))
		for j := range x {
			J[i][j] = (1 - y[i]*y[i]) * W[i][j]
		}
	}
	h := 1e-6
	var worst float64
	for j := range x {
		xp := append(Vec(nil), x...)
		xm := append(Vec(nil), x...)
		xp[j] += h
		xm[j] -= h
		yp, ym := apply(W, xp), apply(W, xm)
		for i := range y {
			num := (yp[i] - ym[i]) / (2 * h)
			worst = math.Max(worst, math.Abs(num-J[i][j]))
		}
	}
	fmt.Printf("y = %.5f\n", y)
	for _, row := range J {
		fmt.Printf("%8.4f\n", row)
	}
	fmt.Println("max abs error below 1e-8:", worst < 1e-8)
	fmt.Printf("%T %v %d\n", y, len(J), len(J[0]))
	upstream := Vec{1, -1}
	dx := make(Vec, len(x))
	for i := range J {
		for j := range dx {
			dx[j] += upstream[i] * J[i][j]
		}
	}
	fmt.Printf("dx = J^T g = %.5f\n", dx)
}

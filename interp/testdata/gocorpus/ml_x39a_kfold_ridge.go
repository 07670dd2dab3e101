package main

import (
	"fmt"
	"math"
	"strings"
)

// solve solves A x = b by Gaussian elimination with partial pivoting.
func solve(A [][]float64, b []float64) []float64 {
	n := len(A)
	M := make([][]float64, n)
	for i := range A {
		M[i] = append(append([]float64{}, A[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(M[r][c]) > math.Abs(M[p][c]) {
				p = r
			}
		}
		M[c], M[p] = M[p], M[c]
		for r := c + 1; r < n; r++ {
			f := M[r][c] / M[c][c]
			for k := c; k <= n; k++ {
				M[r][k] -= f * M[c][k]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := M[i][n]
		for k := i + 1; k < n; k++ {
			s -= M[i][k] * x[k]
		}
		x[i] = s / M[i][i]
	}
	return x
}

func features(x float64, degree int) []float64 {
	f := make([]float64, degree+1)
	for d := range f {
		f[d] = math.Pow(x, float64(d))
	}
	return f
}

func ridge(xs, ys []float64, degree int, lambda float64) []float64 {
	p := degree + 1
	A := make([][]float64, p)
	for i := range A {
		A[i] = make([]float64, p)
	}
	b := make([]float64, p)
	for i, x := range xs {
		f := features(x, degree)
		for r := 0; r < p; r++ {
			for c := 0; c < p; c++ {
				A[r][c] += f[r] * f[c]
			}
			b[r] += f[r] * ys[i]
		}
	}
	for d := 1; d < p; d++ {
		A[d][d] += lambda
	}
	return solve(A, b)
}

func eval(w []float64, x float64) float64 {
	var y float64
	for d := len(w) - 1; d >= 0; d-- {
		y = y*x + w[d]
	}
	return y
}

func kfold(xs, ys []float64, k, degree int, lambda float64) float64 {
	var total float64
	for fold := 0; fold < k; fold++ {
		var trX, trY, teX, teY []float64
		for i := range xs {
			if i%k == fold {
				teX, teY = append(teX, xs[i]), append(teY, ys[i])
			} else {
				trX, trY = append(trX, xs[i]), append(trY, ys[i])
			}
		}
		w := ridge(trX, trY, degree, lambda)
		for i := range teX {
			d := eval(w, teX[i]) - teY[i]
			total += d * d
		}
	}
	return total / float64(len(xs))
}

func main() {
	var xs, ys []float64
	for i := 0; i < 20; i++ {
		x := float64(i) / 19 * 2
		noise := math.Sin(float64(i)*12.9898) * 0.15
		xs = append(xs, x)
		ys = append(ys, 1+0.5*x-0.8*x*x+0.3*x*x*x+noise)
	}
	fmt.Printf("%-6s", "deg")
	lambdas := []float64{0, 0.01, 0.1, 1}
	for _, l := range lambdas {
		fmt.Printf(" %9s", fmt.Sprintf("l=%g", l))
	}
	fmt.Println()
	fmt.Println(strings.Repeat("=", 6+10*len(lambdas)))
	bestDeg, bestL, bestErr := 0, 0.0, math.Inf(1)
	for deg := 1; deg <= 6; deg++ {
		fmt.Printf("%-6d", deg)
		for _, l := range lambdas {
			e := kfold(xs, ys, 5, deg, l)
			if e < bestErr {
				bestDeg, bestL, bestErr = deg, l, e
			}
			fmt.Printf(" %9.5f", e)
		}
		fmt.Println()
	}
	fmt.Printf("best: degree %d lambda %g cv-mse %.5f\n", bestDeg, bestL, bestErr)
	w := ridge(xs, ys, bestDeg, bestL)
	fmt.Printf("coefficients: %.3f\n", w)
}

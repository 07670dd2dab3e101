package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// svmLossNaive computes the multiclass SVM loss with explicit loops.
func svmLossNaive(W [][]float64, X [][]float64, y []int, reg float64) (float64, [][]float64) {
	D, C := len(W), len(W[0])
	dW := make([][]float64, D)
	for i := range dW {
		dW[i] = make([]float64, C)
	}
	loss := 0.0
	N := len(X)
	for i := 0; i < N; i++ {
		scores := make([]float64, C)
		for j := 0; j < C; j++ {
			for d := 0; d < D; d++ {
				scores[j] += X[i][d] * W[d][j]
			}
		}
		correct := scores[y[i]]
		for j := 0; j < C; j++ {
			if j == y[i] {
				continue
			}
			margin := scores[j] - correct + 1
			if margin > 0 {
				loss += margin
				for d := 0; d < D; d++ {
					dW[d][j] += X[i][d]
					dW[d][y[i]] -= X[i][d]
				}
			}
		}
	}
	loss /= float64(N)
	for d := range dW {
		for j := range dW[d] {
			dW[d][j] = dW[d][j]/float64(N) + 2*reg*W[d][j]
			loss += reg * W[d][j] * W[d][j]
		}
	}
	return loss, dW
}

func gradCheck(f func() float64, W [][]float64, analytic [][]float64, rng *rand.Rand, n int) {
	h := 1e-5
	for k := 0; k < n; k++ {
		i := rng.IntN(len(W))
		j := rng.IntN(len(W[0]))
		old := W[i][j]
		W[i][j] = old + h
		fp := f()
		W[i][j] = old - h
		fm := f()
		W[i][j] = old
		num := (fp - fm) / (2 * h)
		an := analytic[i][j]
		rel := math.Abs(num-an) / math.Max(1e-12, math.Abs(num)+math.Abs(an))
		ok := "ok"
		if rel > 1e-5 {
			ok = "BAD"
		}
		fmt.Printf("W[%d][%d] numerical: %.6f analytic: %.6f -> %s\n", i, j, num, an, ok)
	}
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	N, D, C := 20, 5, 3
	X := make([][]float64, N)
	y := make([]int, N)
	for i := range X {
		X[i] = make([]float64, D)
		for d := range X[i] {
			X[i][d] = rng.NormFloat64()
		}
		X[i][D-1] = 1 // bias trick
		y[i] = rng.IntN(C)
	}
	W := make([][]float64, D)
	for d := range W {
		W[d] = make([]float64, C)
		for j := range W[d] {
			W[d][j] = 0.01 * rng.NormFloat64()
		}
	}
	loss, grad := svmLossNaive(W, X, y, 0.0)
	fmt.Printf("loss: %.6f (expect ~ %d)\n", loss, C-1)
	gradCheck(func() float64 { l, _ := svmLossNaive(W, X, y, 0.0); return l }, W, grad, rng, 4)

	loss, grad = svmLossNaive(W, X, y, 5e1)
	fmt.Printf("with reg: %.6f\n", loss)
	gradCheck(func() float64 { l, _ := svmLossNaive(W, X, y, 5e1); return l }, W, grad, rng, 3)
}

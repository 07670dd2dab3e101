// Exercises: linear SVM loss and gradient, naive loops vs a vectorized margins-mask version (dW = X^T M), both printed and compared (W is D x C, X is N x D, no reg)
package main

import (
	"fmt"
	"math"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func (m Matrix) At(i, j int) float64 { return m.Data[i*m.Cols+j] }

func matmul(a, b Matrix, transposeA bool) Matrix {
	n, inner, at := a.Rows, a.Cols, a.At
	if transposeA {
		n, inner, at = inner, n, func(i, t int) float64 { return a.At(t, i) }
	}
	out := Matrix{n, b.Cols, make([]float64, n*b.Cols)}
	for k := range out.Data {
		for t := 0; t < inner; t++ {
			out.Data[k] += at(k/b.Cols, t) * b.At(t, k%b.Cols)
		}
	}
	return out
}

func svmNaive(W, X Matrix, y []int) (float64, []float64) {
	dW, loss := make([]float64, len(W.Data)), 0.0
	for i := 0; i < X.Rows; i++ {
		s := matmul(Matrix{1, X.Cols, X.Data[i*X.Cols : (i+1)*X.Cols]}, W, false).Data
		for c := range s {
			if m := s[c] - s[y[i]] + 1; c != y[i] && m > 0 {
				loss += m / float64(X.Rows)
				for d := 0; d < W.Rows; d++ {
					dW[d*W.Cols+c] += X.At(i, d) / float64(X.Rows)
					dW[d*W.Cols+y[i]] -= X.At(i, d) / float64(X.Rows)
				}
			}
		}
	}
	return loss, dW
}

func svmVectorized(W, X Matrix, y []int) (float64, []float64) {
	S := matmul(X, W, false)
	M, loss := Matrix{S.Rows, S.Cols, make([]float64, len(S.Data))}, 0.0
	for k, s := range S.Data {
		i, c := k/S.Cols, k%S.Cols
		if m := math.Max(0, s-S.At(i, y[i])+1); c != y[i] && m > 0 {
			loss, M.Data[k] = loss+m, M.Data[k]+1/float64(S.Rows)
			M.Data[i*S.Cols+y[i]] -= 1 / float64(S.Rows)
		}
	}
	return loss / float64(S.Rows), matmul(X, M, true).Data
}

func main() {
	W := Matrix{3, 3, []float64{0.2, -0.5, 0.1, 1.5, 1.3, 2.1, 0.0, 0.25, 0.2}}
	X := Matrix{4, 3, []float64{56, 231, 1, 24, 2, 1, -3, 0.5, 1, 1, 1, 1}}
	y, diff := []int{0, 1, 2, 1}, 0.0
	l1, g1 := svmNaive(W, X, y)
	l2, g2 := svmVectorized(W, X, y)
	for k := range g1 {
		diff = math.Max(diff, math.Abs(g1[k]-g2[k]))
	}
	fmt.Printf("naive %.6f vectorized %.6f\ngrads close: %t, first row %.4f\n", l1, l2, diff < 1e-12, g1[:3])
}

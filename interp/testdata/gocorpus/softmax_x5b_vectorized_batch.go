// Exercises: vectorized softmax loss over a batch, P - Y one-hot, dW = X^T (P - Y) / N + reg*W, gradient check on two entries
package main

import (
	"fmt"
	"math"
)

type M struct {
	r, c int
	d    []float64
}

func (m M) at(i, j int) float64 { return m.d[i*m.c+j] }

func softmaxLoss(W, X M, y []int, reg float64) (float64, M) {
	N, C := X.r, W.c
	dW := M{W.r, C, make([]float64, W.r*C)}
	loss := 0.0
	P := make([]float64, N*C)
	for i := 0; i < N; i++ {
		mx := math.Inf(-1)
		for c := 0; c < C; c++ {
			s := 0.0
			for k := 0; k < X.c; k++ {
				s += X.at(i, k) * W.at(k, c)
			}
			P[i*C+c] = s
			mx = math.Max(mx, s)
		}
		z := 0.0
		for c := 0; c < C; c++ {
			P[i*C+c] = math.Exp(P[i*C+c] - mx)
			z += P[i*C+c]
		}
		for c := 0; c < C; c++ {
			P[i*C+c] /= z
		}
		loss -= math.Log(P[i*C+y[i]])
		P[i*C+y[i]] -= 1
	}
	for k := 0; k < W.r; k++ {
		for c := 0; c < C; c++ {
			for i := 0; i < N; i++ {
				dW.d[k*C+c] += X.at(i, k) * P[i*C+c]
			}
			dW.d[k*C+c] = dW.d[k*C+c]/float64(N) + 2*reg*W.at(k, c)
			loss += reg * W.at(k, c) * W.at(k, c) * float64(N)
		}
	}
	return loss / float64(N), dW
}

func main() {
	W := M{3, 4, []float64{0.01, -0.02, 0.03, 0.0, 0.05, 0.01, -0.04, 0.02, -0.01, 0.02, 0.0, 0.03}}
	X := M{3, 3, []float64{1, 2, 1, -1, 0.5, 1, 3, -2, 1}}
	y := []int{0, 3, 2}
	loss, dW := softmaxLoss(W, X, y, 0.1)
	fmt.Printf("loss %.6f (log 4 = %.6f)\n", loss, math.Log(4))
	for _, idx := range []int{1, 10} {
		old := W.d[idx]
		W.d[idx] = old + 1e-5
		lp, _ := softmaxLoss(W, X, y, 0.1)
		W.d[idx] = old - 1e-5
		lm, _ := softmaxLoss(W, X, y, 0.1)
		W.d[idx] = old
		num := (lp - lm) / 2e-5
		fmt.Printf("dW[%d] analytic %.6f numeric %.6f\n", idx, dW.d[idx], num)
	}
}

package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Dot(n Matrix) Matrix {
	out := zeros(len(m), len(n[0]))
	for i := range m {
		for k := range n {
			for j := range n[0] {
				out[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return out
}

func softmaxLoss(W, X Matrix, y []int, reg float64) (float64, Matrix) {
	scores := X.Dot(W)
	N := len(X)
	loss := 0.0
	dScores := zeros(N, len(W[0]))
	for i, row := range scores {
		mx := math.Inf(-1)
		for _, s := range row {
			mx = math.Max(mx, s)
		}
		sum := 0.0
		probs := make([]float64, len(row))
		for j, s := range row {
			probs[j] = math.Exp(s - mx)
			sum += probs[j]
		}
		for j := range probs {
			probs[j] /= sum
			dScores[i][j] = probs[j] / float64(N)
		}
		loss -= math.Log(probs[y[i]])
		dScores[i][y[i]] -= 1 / float64(N)
	}
	loss /= float64(N)
	dW := zeros(len(W), len(W[0]))
	for i := range X {
		for k := range W {
			for j := range W[0] {
				dW[k][j] += X[i][k] * dScores[i][j]
			}
		}
	}
	for k := range W {
		for j := range W[k] {
			loss += 0.5 * reg * W[k][j] * W[k][j]
			dW[k][j] += reg * W[k][j]
		}
	}
	return loss, dW
}

func main() {
	X := Matrix{{1, 2, 1}, {0.5, -1, 1}, {-1, 0.5, 1}, {2, 1, 1}}
	y := []int{0, 1, 2, 0}
	W := Matrix{{0.1, -0.2, 0.05}, {0.0, 0.3, -0.1}, {0.2, 0.1, -0.05}}
	loss, dW := softmaxLoss(W, X, y, 0.01)
	fmt.Printf("loss = %.6f\n", loss)
	for _, r := range dW {
		fmt.Printf("%8.5f\n", r)
	}
	h := 1e-5
	maxErr := 0.0
	for k := range W {
		for j := range W[k] {
			old := W[k][j]
			W[k][j] = old + h
			lp, _ := softmaxLoss(W, X, y, 0.01)
			W[k][j] = old - h
			lm, _ := softmaxLoss(W, X, y, 0.01)
			W[k][j] = old
			num := (lp - lm) / (2 * h)
			maxErr = math.Max(maxErr, math.Abs(num-dW[k][j]))
		}
	}
	fmt.Println("grad check passes:", maxErr < 1e-7)
	fmt.Println("sanity: -log(1/3) =", fmt.Sprintf("%.4f", -math.Log(1.0/3)))
}

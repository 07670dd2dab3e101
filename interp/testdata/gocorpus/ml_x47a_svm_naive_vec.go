package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Matrix [][]float64

func zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func svmLossNaive(W, X Matrix, y []int, reg float64) (float64, Matrix) {
	D, C := len(W), len(W[0])
	dW := zeros(D, C)
	loss := 0.0
	for i, x := range X {
		scores := make([]float64, C)
		for j := 0; j < C; j++ {
			for d := 0; d < D; d++ {
				scores[j] += x[d] * W[d][j]
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
					dW[d][j] += x[d]
					dW[d][y[i]] -= x[d]
				}
			}
		}
	}
	N := float64(len(X))
	loss /= N
	for d := range dW {
		for j := range dW[d] {
			dW[d][j] = dW[d][j]/N + 2*reg*W[d][j]
			loss += reg * W[d][j] * W[d][j]
		}
	}
	return loss, dW
}

func matmul(A, B Matrix) Matrix {
	out := zeros(len(A), len(B[0]))
	for i := range A {
		for k := range B {
			a := A[i][k]
			for j := range B[0] {
				out[i][j] += a * B[k][j]
			}
		}
	}
	return out
}

func transpose(A Matrix) Matrix {
	t := zeros(len(A[0]), len(A))
	for i, row := range A {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func svmLossVectorized(W, X Matrix, y []int, reg float64) (float64, Matrix) {
	S := matmul(X, W)
	N := len(X)
	mask := zeros(N, len(W[0]))
	loss := 0.0
	for i, row := range S {
		for j, s := range row {
			if j == y[i] {
				continue
			}
			m := math.Max(0, s-row[y[i]]+1)
			loss += m
			if m > 0 {
				mask[i][j] = 1
				mask[i][y[i]]--
			}
		}
	}
	dW := matmul(transpose(X), mask)
	for d := range dW {
		for j := range dW[d] {
			dW[d][j] = dW[d][j]/float64(N) + 2*reg*W[d][j]
			loss += reg * W[d][j] * W[d][j] * float64(N)
		}
	}
	return loss / float64(N), dW
}

func maxDiff(a, b Matrix) float64 {
	m := 0.0
	for i := range a {
		for j := range a[i] {
			m = math.Max(m, math.Abs(a[i][j]-b[i][j]))
		}
	}
	return m
}

func main() {
	r := rand.New(rand.NewSource(7))
	N, D, C := 8, 5, 3
	X, W := zeros(N, D), zeros(D, C)
	y := make([]int, N)
	for i := range X {
		for d := range X[i] {
			X[i][d] = r.NormFloat64()
		}
		y[i] = r.Intn(C)
	}
	for d := range W {
		for j := range W[d] {
			W[d][j] = 0.01 * r.NormFloat64()
		}
	}
	l1, g1 := svmLossNaive(W, X, y, 0.1)
	l2, g2 := svmLossVectorized(W, X, y, 0.1)
	fmt.Printf("naive loss: %.8f\nvector loss: %.8f\n", l1, l2)
	fmt.Printf("loss diff: %.2e grad diff: %.2e\n", math.Abs(l1-l2), maxDiff(g1, g2))
	fmt.Printf("dW[0] = %.5f\n", g1[0])
	fmt.Println("labels:", y)
}

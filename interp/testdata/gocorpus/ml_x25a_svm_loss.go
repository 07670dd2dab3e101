package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		cells := make([]string, len(r))
		for j, v := range r {
			cells[j] = fmt.Sprintf("%7.3f", v)
		}
		rows = append(rows, strings.Join(cells, ""))
	}
	return strings.Join(rows, "\n")
}

func zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

// svmLoss: W is D x C, X is N x D
func svmLoss(W, X Matrix, y []int, reg float64) (float64, Matrix) {
	D, C := len(W), len(W[0])
	dW := zeros(D, C)
	loss := 0.0
	for i, x := range X {
		scores := make([]float64, C)
		for c := 0; c < C; c++ {
			for d := 0; d < D; d++ {
				scores[c] += x[d] * W[d][c]
			}
		}
		correct := scores[y[i]]
		for c := 0; c < C; c++ {
			if c == y[i] {
				continue
			}
			margin := scores[c] - correct + 1
			if margin > 0 {
				loss += margin
				for d := 0; d < D; d++ {
					dW[d][c] += x[d]
					dW[d][y[i]] -= x[d]
				}
			}
		}
	}
	n := float64(len(X))
	loss /= n
	for d := range dW {
		for c := range dW[d] {
			dW[d][c] = dW[d][c]/n + 2*reg*W[d][c]
			loss += reg * W[d][c] * W[d][c] / float64(C*D) * float64(C*D)
		}
	}
	return loss, dW
}

func main() {
	W := Matrix{{0.2, -0.5, 0.1}, {1.5, 1.3, 2.1}, {0.0, 0.25, 0.2}}
	X := Matrix{{1, 2, 1}, {-1, 0.5, 1}, {0.3, -2, 1}, {2, 1, 1}}
	y := []int{2, 0, 1, 2}
	for epoch := 0; epoch < 4; epoch++ {
		loss, dW := svmLoss(W, X, y, 0.01)
		fmt.Printf("epoch %d loss %.5f\n", epoch, loss)
		for d := range W {
			for c := range W[d] {
				W[d][c] -= 0.1 * dW[d][c]
			}
		}
	}
	fmt.Println(W)
}

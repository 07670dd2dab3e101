package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) Dot(x []float64) []float64 {
	out := make([]float64, len(m))
	for i, r := range m {
		for j, v := range r {
			out[i] += v * x[j]
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func svmLoss(W Matrix, X [][]float64, y []int, reg float64) (float64, Matrix) {
	dW := zeros(len(W), len(W[0]))
	loss := 0.0
	for n, x := range X {
		s := W.Dot(x)
		correct := s[y[n]]
		for c := range s {
			if c == y[n] {
				continue
			}
			margin := s[c] - correct + 1
			if margin > 0 {
				loss += margin
				for j := range x {
					dW[c][j] += x[j]
					dW[y[n]][j] -= x[j]
				}
			}
		}
	}
	N := float64(len(X))
	loss /= N
	for i := range W {
		for j := range W[i] {
			loss += 0.5 * reg * W[i][j] * W[i][j]
			dW[i][j] = dW[i][j]/N + reg*W[i][j]
		}
	}
	return loss, dW
}

func main() {
	W := Matrix{{0.1, -0.2, 0.3}, {0.0, 0.4, -0.1}, {-0.3, 0.2, 0.2}}
	X := [][]float64{{1, 2, 1}, {2, 0, 1}, {0, 1, 3}, {1, 1, 1}}
	y := []int{0, 1, 2, 1}
	lr := 0.1
	for epoch := range 8 {
		loss, dW := svmLoss(W, X, y, 0.05)
		fmt.Printf("epoch %d loss %.5f\n", epoch, loss)
		for i := range W {
			for j := range W[i] {
				W[i][j] -= lr * dW[i][j]
			}
		}
	}
	fmt.Print(W)
	correct := 0
	for n, x := range X {
		s := W.Dot(x)
		best := 0
		for c := range s {
			if s[c] > s[best] {
				best = c
			}
		}
		if best == y[n] {
			correct++
		}
	}
	fmt.Printf("accuracy %d/%d\n", correct, len(X))
}

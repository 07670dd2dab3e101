// Exercises: multiclass SVM hinge loss with gradient on [][]float64 weights, nested loops, continue, regularization
package main

import "fmt"

func svmLoss(W [][]float64, X [][]float64, y []int, reg float64) (float64, [][]float64) {
	dW := make([][]float64, len(W))
	for i := range dW {
		dW[i] = make([]float64, len(W[0]))
	}
	loss := 0.0
	for n, x := range X {
		scores := make([]float64, len(W[0]))
		for c := range scores {
			for d := range x {
				scores[c] += x[d] * W[d][c]
			}
		}
		correct := scores[y[n]]
		for c, s := range scores {
			if c == y[n] {
				continue
			}
			if margin := s - correct + 1; margin > 0 {
				loss += margin
				for d := range x {
					dW[d][c] += x[d]
					dW[d][y[n]] -= x[d]
				}
			}
		}
	}
	N := float64(len(X))
	loss /= N
	for d := range W {
		for c := range W[d] {
			loss += reg * W[d][c] * W[d][c]
			dW[d][c] = dW[d][c]/N + 2*reg*W[d][c]
		}
	}
	return loss, dW
}

func main() {
	W := [][]float64{{0.2, -0.5, 0.1}, {1.5, 1.3, 2.1}, {0.0, 0.25, 0.2}}
	X := [][]float64{{-15, 22, 1}, {2, -1, 1}, {0.5, 0.5, 1}}
	y := []int{2, 0, 1}
	loss, dW := svmLoss(W, X, y, 0.1)
	fmt.Printf("loss %.4f\n", loss)
	for _, row := range dW {
		fmt.Printf("%8.4f\n", row)
	}
}

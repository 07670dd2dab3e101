package main

import (
	"fmt"
	"math"
)

func softmax(scores []float64) []float64 {
	m := scores[0]
	for _, s := range scores[1:] {
		if s > m {
			m = s
		}
	}
	out := make([]float64, len(scores))
	var sum float64
	for i, s := range scores {
		out[i] = math.Exp(s - m)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func crossEntropy(scores []float64, y int) (float64, []float64) {
	p := softmax(scores)
	loss := -math.Log(p[y])
	grad := make([]float64, len(p))
	copy(grad, p)
	grad[y] -= 1
	return loss, grad
}

func main() {
	W := [][]float64{
		{0.2, -0.5, 0.1, 2.0},
		{1.5, 1.3, 2.1, 0.0},
		{0.0, 0.25, 0.2, -0.3},
	}
	b := []float64{1.1, 3.2, -1.2}
	xs := [][]float64{{56, 231, 24, 2}, {0.1, 0.2, 0.3, 0.4}, {-1, 0, 1, 2}}
	ys := []int{2, 1, 0}
	totalLoss := 0.0
	dW := make([][]float64, len(W))
	for i := range dW {
		dW[i] = make([]float64, len(W[0]))
	}
	for n, x := range xs {
		scores := make([]float64, len(W))
		for i, row := range W {
			s := b[i]
			for j, w := range row {
				s += w * x[j]
			}
			scores[i] = s
		}
		loss, g := crossEntropy(scores, ys[n])
		totalLoss += loss
		fmt.Printf("sample %d scores=%v\n", n, fmtSlice(scores))
		fmt.Printf("  probs=%v loss=%.4f\n", fmtSlice(softmax(scores)), loss)
		for i := range W {
			for j := range W[i] {
				dW[i][j] += g[i] * x[j] / float64(len(xs))
			}
		}
	}
	fmt.Printf("mean loss: %.5f\n", totalLoss/float64(len(xs)))
	for i, row := range dW {
		fmt.Printf("dW[%d] = %v\n", i, fmtSlice(row))
	}
}

func fmtSlice(v []float64) string {
	s := "["
	for i, x := range v {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%.3f", x)
	}
	return s + "]"
}

package main

import (
	"fmt"
	"strings"
)

type Sample struct {
	X     []float64
	Label int
}

func scoresFor(W [][]float64, x []float64) []float64 {
	s := make([]float64, len(W))
	for c, w := range W {
		for i, xi := range x {
			s[c] += w[i] * xi
		}
	}
	return s
}

func svmLoss(W [][]float64, data []Sample, delta float64) (float64, [][]float64) {
	dW := make([][]float64, len(W))
	for c := range dW {
		dW[c] = make([]float64, len(W[c]))
	}
	total := 0.0
	for _, s := range data {
		sc := scoresFor(W, s.X)
		correct := sc[s.Label]
		for c := range sc {
			if c == s.Label {
				continue
			}
			margin := sc[c] - correct + delta
			if margin > 0 {
				total += margin
				for i, xi := range s.X {
					dW[c][i] += xi
					dW[s.Label][i] -= xi
				}
			}
		}
	}
	n := float64(len(data))
	for c := range dW {
		for i := range dW[c] {
			dW[c][i] /= n
		}
	}
	return total / n, dW
}

func main() {
	classes := []string{"cat", "dog", "ship"}
	data := []Sample{
		{X: []float64{-15, 22, -44, 56, 1}, Label: 0},
		{X: []float64{3, 1, -2, 0.5, 1}, Label: 1},
		{X: []float64{0.2, -0.5, 0.1, 2.0, 1}, Label: 2},
	}
	W := [][]float64{
		{0.2, -0.5, 0.1, 2.0, 1.1},
		{1.5, 1.3, 2.1, 0.0, 3.2},
		{0, 0.25, 0.2, -0.3, -1.2},
	}
	for i, s := range data {
		sc := scoresFor(W, s.X)
		parts := make([]string, len(sc))
		for c, v := range sc {
			parts[c] = fmt.Sprintf("%s=%.2f", classes[c], v)
		}
		fmt.Printf("sample %d (%s): %s\n", i, classes[s.Label], strings.Join(parts, " "))
	}
	lr := 0.001
	for step := 0; step < 5; step++ {
		loss, dW := svmLoss(W, data, 1.0)
		fmt.Printf("step %d loss %.4f\n", step, loss)
		for c := range W {
			for i := range W[c] {
				W[c][i] -= lr * dW[c][i]
			}
		}
	}
	_, dW := svmLoss(W, data, 1.0)
	fmt.Printf("final dW[0]: %.3f\n", dW[0])
}

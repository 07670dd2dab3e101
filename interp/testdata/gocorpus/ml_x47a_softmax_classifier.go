package main

import (
	"fmt"
	"math"
	"math/rand"
)

func softmaxLossNaive(W [][]float64, X [][]float64, y []int, reg float64) (float64, [][]float64) {
	D, C := len(W), len(W[0])
	dW := make([][]float64, D)
	for i := range dW {
		dW[i] = make([]float64, C)
	}
	loss := 0.0
	for i := range X {
		scores := make([]float64, C)
		for c := 0; c < C; c++ {
			for d := 0; d < D; d++ {
				scores[c] += X[i][d] * W[d][c]
			}
		}
		shift := scores[0]
		for _, s := range scores {
			if s > shift {
				shift = s
			}
		}
		sum := 0.0
		for c := range scores {
			scores[c] = math.Exp(scores[c] - shift)
			sum += scores[c]
		}
		loss += -math.Log(scores[y[i]] / sum)
		for c := 0; c < C; c++ {
			p := scores[c] / sum
			if c == y[i] {
				p -= 1
			}
			for d := 0; d < D; d++ {
				dW[d][c] += p * X[i][d]
			}
		}
	}
	n := float64(len(X))
	loss = loss/n + 0.5*reg*sumSq(W)
	for d := range dW {
		for c := range dW[d] {
			dW[d][c] = dW[d][c]/n + reg*W[d][c]
		}
	}
	return loss, dW
}

func sumSq(W [][]float64) (s float64) {
	for _, row := range W {
		for _, v := range row {
			s += v * v
		}
	}
	return
}

func main() {
	rng := rand.New(rand.NewSource(2024))
	N, D, C := 6, 4, 3
	X := make([][]float64, N)
	y := make([]int, N)
	for i := range X {
		X[i] = make([]float64, D)
		for d := range X[i] {
			X[i][d] = rng.Float64()*2 - 1
		}
		y[i] = i % C
	}
	W := make([][]float64, D)
	for d := range W {
		W[d] = make([]float64, C)
		for c := range W[d] {
			W[d][c] = rng.NormFloat64() * 0.1
		}
	}
	loss, grad := softmaxLossNaive(W, X, y, 0.01)
	fmt.Printf("loss %.6f (~ -log(1/3) = %.6f)\n", loss, -math.Log(1.0/3))
	h := 1e-5
	checks := [][2]int{{0, 0}, {1, 2}, {3, 1}, {2, 2}}
	for _, ix := range checks {
		d, c := ix[0], ix[1]
		old := W[d][c]
		W[d][c] = old + h
		lp, _ := softmaxLossNaive(W, X, y, 0.01)
		W[d][c] = old - h
		lm, _ := softmaxLossNaive(W, X, y, 0.01)
		W[d][c] = old
		num := (lp - lm) / (2 * h)
		rel := math.Abs(num-grad[d][c]) / math.Max(1e-12, math.Abs(num)+math.Abs(grad[d][c]))
		fmt.Printf("W[%d][%d] numeric %+.6f analytic %+.6f rel error %s\n", d, c, num, grad[d][c], verdict(rel))
	}
	for step := 0; step < 50; step++ {
		l, g := softmaxLossNaive(W, X, y, 0.01)
		if step%10 == 0 {
			fmt.Printf("step %d loss %.4f\n", step, l)
		}
		for d := range W {
			for c := range W[d] {
				W[d][c] -= 1.0 * g[d][c]
			}
		}
	}
}

func verdict(r float64) string {
	if r < 1e-7 {
		return "tiny"
	}
	return fmt.Sprintf("%.1e", r)
}

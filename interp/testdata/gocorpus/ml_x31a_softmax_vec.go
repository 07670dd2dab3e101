package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Mat [][]float64

func zeros(r, c int) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func matmul(a, b Mat) Mat {
	out := zeros(len(a), len(b[0]))
	for i := range a {
		for k, av := range a[i] {
			for j, bv := range b[k] {
				out[i][j] += av * bv
			}
		}
	}
	return out
}

func transpose(a Mat) Mat {
	out := zeros(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func softmaxLossNaive(W, X Mat, y []int, reg float64) (float64, Mat) {
	dW := zeros(len(W), len(W[0]))
	loss := 0.0
	for i, x := range X {
		scores := make([]float64, len(W[0]))
		for j := range scores {
			for d := range x {
				scores[j] += x[d] * W[d][j]
			}
		}
		mx, sum := math.Inf(-1), 0.0
		for _, s := range scores {
			mx = math.Max(mx, s)
		}
		for j := range scores {
			scores[j] = math.Exp(scores[j] - mx)
			sum += scores[j]
		}
		loss -= math.Log(scores[y[i]] / sum)
		for j := range scores {
			p := scores[j] / sum
			if j == y[i] {
				p -= 1
			}
			for d := range x {
				dW[d][j] += p * x[d]
			}
		}
	}
	n := float64(len(X))
	loss = loss/n + 0.5*reg*sumSq(W)
	for d := range dW {
		for j := range dW[d] {
			dW[d][j] = dW[d][j]/n + reg*W[d][j]
		}
	}
	return loss, dW
}

func softmaxLossVectorized(W, X Mat, y []int, reg float64) (float64, Mat) {
	S := matmul(X, W)
	n := float64(len(X))
	loss := 0.0
	for i, row := range S {
		mx := row[0]
		for _, v := range row[1:] {
			mx = max(mx, v)
		}
		sum := 0.0
		for j := range row {
			row[j] = math.Exp(row[j] - mx)
			sum += row[j]
		}
		for j := range row {
			row[j] /= sum
		}
		loss -= math.Log(row[y[i]])
		row[y[i]] -= 1
	}
	dW := matmul(transpose(X), S)
	for d := range dW {
		for j := range dW[d] {
			dW[d][j] = dW[d][j]/n + reg*W[d][j]
		}
	}
	return loss/n + 0.5*reg*sumSq(W), dW
}

func sumSq(m Mat) (s float64) {
	for _, r := range m {
		for _, v := range r {
			s += v * v
		}
	}
	return
}

func frobDiff(a, b Mat) float64 {
	var s float64
	for i := range a {
		for j, v := range a[i] {
			s += (v - b[i][j]) * (v - b[i][j])
		}
	}
	return math.Sqrt(s)
}

func main() {
	r := rand.New(rand.NewSource(42))
	X, W := zeros(16, 4), zeros(4, 5)
	y := make([]int, 16)
	for i := range X {
		for j := range X[i] {
			X[i][j] = r.Float64()*2 - 1
		}
		y[i] = i % 5
	}
	for i := range W {
		for j := range W[i] {
			W[i][j] = r.NormFloat64() * 0.001
		}
	}
	ln, gn := softmaxLossNaive(W, X, y, 0.1)
	lv, gv := softmaxLossVectorized(W, X, y, 0.1)
	fmt.Printf("naive loss: %.8f vectorized loss: %.8f\n", ln, lv)
	fmt.Printf("sanity: -log(0.2) = %.8f\n", -math.Log(0.2))
	fmt.Printf("loss difference: %.2e\n", math.Abs(ln-lv))
	fmt.Printf("grad difference: %.2e\n", frobDiff(gn, gv))
	fmt.Printf("grad[0] = %.5f\n", gv[0])
}

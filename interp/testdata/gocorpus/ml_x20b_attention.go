package main

import (
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func (m Matrix) T() Matrix {
	t := make(Matrix, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func MatMul(a, b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func SoftmaxRows(m Matrix, mask func(i, j int) bool) Matrix {
	out := make(Matrix, len(m))
	for i, row := range m {
		out[i] = make([]float64, len(row))
		mx := math.Inf(-1)
		for j, v := range row {
			if mask == nil || mask(i, j) {
				mx = math.Max(mx, v)
			}
		}
		sum := 0.0
		for j, v := range row {
			if mask != nil && !mask(i, j) {
				continue
			}
			out[i][j] = math.Exp(v - mx)
			sum += out[i][j]
		}
		for j := range out[i] {
			out[i][j] /= sum
		}
	}
	return out
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%7.4f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func Attention(Q, K, V Matrix, causal bool) (Matrix, Matrix) {
	scores := MatMul(Q, K.T())
	scale := 1 / math.Sqrt(float64(len(K[0])))
	for i := range scores {
		for j := range scores[i] {
			scores[i][j] *= scale
		}
	}
	var mask func(i, j int) bool
	if causal {
		mask = func(i, j int) bool { return j <= i }
	}
	w := SoftmaxRows(scores, mask)
	return MatMul(w, V), w
}

func main() {
	X := Matrix{{1, 0, 1, 0}, {0, 2, 0, 2}, {1, 1, 1, 1}}
	Wq := Matrix{{1, 0}, {0, 1}, {1, 0}, {0, 1}}
	Wk := Matrix{{0, 1}, {1, 0}, {0, 1}, {1, 0}}
	Wv := Matrix{{1, 2}, {0, 1}, {1, 0}, {2, 1}}
	Q, K, V := MatMul(X, Wq), MatMul(X, Wk), MatMul(X, Wv)
	fmt.Print("Q:\n", Q)
	out, w := Attention(Q, K, V, false)
	fmt.Print("weights:\n", w, "out:\n", out)
	out, w = Attention(Q, K, V, true)
	fmt.Print("causal weights:\n", w, "causal out:\n", out)
	fmt.Println(len(out), len(out[0]))
}

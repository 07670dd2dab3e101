package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) T() Matrix {
	out := make(Matrix, len(m[0]))
	for j := range out {
		out[j] = make([]float64, len(m))
		for i := range m {
			out[j][i] = m[i][j]
		}
	}
	return out
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// solve 2x2 or 3x3 by Gaussian elimination
func solve(a Matrix, b []float64) []float64 {
	n := len(a)
	for i := range n {
		a[i] = append(a[i], b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := range n {
			if r != c {
				f := a[r][c] / a[c][c]
				for k := c; k <= n; k++ {
					a[r][k] -= f * a[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range n {
		x[i] = a[i][n] / a[i][i]
	}
	return x
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var X Matrix
	var y []float64
	for i := 0; i < 20; i++ {
		x1 := float64(i) / 2
		x2 := float64(i%5) - 2
		noise := (rng.Float64() - 0.5) * 0.1
		X = append(X, []float64{1, x1, x2})
		y = append(y, 3+2*x1-1.5*x2+noise)
	}
	Xt := X.T()
	XtX := Xt.Mul(X)
	fmt.Print(XtX)
	Y := make(Matrix, len(y))
	for i, v := range y {
		Y[i] = []float64{v}
	}
	Xty := Xt.Mul(Y)
	b := make([]float64, len(Xty))
	for i := range b {
		b[i] = Xty[i][0]
	}
	w := solve(XtX, b)
	fmt.Printf("weights %.2f\n", w)
	// gradient descent for comparison
	g := []float64{0, 0, 0}
	lr := 0.01
	for epoch := 0; epoch < 3000; epoch++ {
		grad := make([]float64, 3)
		loss := 0.0
		for i, row := range X {
			pred := 0.0
			for j := range row {
				pred += row[j] * g[j]
			}
			err := pred - y[i]
			loss += err * err
			for j := range row {
				grad[j] += 2 * err * row[j] / float64(len(X))
			}
		}
		for j := range g {
			g[j] -= lr * grad[j]
		}
		if epoch%1000 == 0 {
			fmt.Printf("epoch %4d loss %.4f\n", epoch, loss/float64(len(X)))
		}
	}
	fmt.Printf("gd weights %.2f\n", g)
	fmt.Println(math.Round(w[1]*100)/100 == math.Round(g[1]*100)/100)
}

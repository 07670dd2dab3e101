package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (m Matrix) MulVec(v []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		for j, x := range row {
			out[i] += x * v[j]
		}
	}
	return out
}

func (m Matrix) T() Matrix {
	if len(m) == 0 {
		return nil
	}
	t := make(Matrix, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func mse(pred, y []float64) float64 {
	s := 0.0
	for i := range pred {
		d := pred[i] - y[i]
		s += d * d
	}
	return s / float64(len(pred))
}

func main() {
	// y = 3 + 2*x1 - 1.5*x2, plus a small deterministic "noise"
	var X Matrix
	var y []float64
	for i := 0; i < 20; i++ {
		x1 := float64(i) / 10
		x2 := float64((i*7)%11) / 5
		noise := 0.01 * math.Sin(float64(i))
		X = append(X, []float64{1, x1, x2})
		y = append(y, 3+2*x1-1.5*x2+noise)
	}
	w := make([]float64, 3)
	lr := 0.1
	Xt := X.T()
	n := float64(len(y))
	for epoch := 0; epoch <= 2000; epoch++ {
		pred := X.MulVec(w)
		resid := make([]float64, len(y))
		for i := range y {
			resid[i] = pred[i] - y[i]
		}
		grad := Xt.MulVec(resid)
		for j := range w {
			w[j] -= lr * 2 * grad[j] / n
		}
		if epoch%400 == 0 {
			fmt.Printf("epoch %4d loss %.6f\n", epoch, mse(pred, y))
		}
	}
	fmt.Printf("weights: [%.3f %.3f %.3f]\n", w[0], w[1], w[2])
	test := []float64{1, 0.5, 1.0}
	got := 0.0
	for j := range w {
		got += w[j] * test[j]
	}
	fmt.Printf("predict(0.5, 1.0) = %.3f (true %.3f)\n", got, 3+2*0.5-1.5*1.0)
}

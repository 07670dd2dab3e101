package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

// solve solves A x = b with partial pivoting (A is modified).
func solve(A [][]float64, b []float64) ([]float64, error) {
	n := len(A)
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(A[r][col]) > math.Abs(A[piv][col]) {
				piv = r
			}
		}
		if math.Abs(A[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		A[col], A[piv] = A[piv], A[col]
		b[col], b[piv] = b[piv], b[col]
		for r := col + 1; r < n; r++ {
			f := A[r][col] / A[col][col]
			for c := col; c < n; c++ {
				A[r][c] -= f * A[col][c]
			}
			b[r] -= f * b[col]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for c := r + 1; c < n; c++ {
			s -= A[r][c] * x[c]
		}
		x[r] = s / A[r][r]
	}
	return x, nil
}

// ridge solves (X^T X + lambda I) w = X^T y.
func ridge(X [][]float64, y []float64, lambda float64) ([]float64, error) {
	d := len(X[0])
	A := make([][]float64, d)
	b := make([]float64, d)
	for i := range A {
		A[i] = make([]float64, d)
		A[i][i] = lambda
	}
	for n, row := range X {
		for i := 0; i < d; i++ {
			b[i] += row[i] * y[n]
			for j := 0; j < d; j++ {
				A[i][j] += row[i] * row[j]
			}
		}
	}
	return solve(A, b)
}

func main() {
	// y = 2 + 3x1 - x2 with small perturbations
	X := [][]float64{{1, 0, 1}, {1, 1, 0}, {1, 2, 1}, {1, 3, 2}, {1, 4, 1}, {1, 5, 3}}
	noise := []float64{0.1, -0.05, 0.02, -0.1, 0.07, 0}
	y := make([]float64, len(X))
	for i, r := range X {
		y[i] = 2 + 3*r[1] - r[2] + noise[i]
	}
	for _, lam := range []float64{0, 0.1, 10} {
		w, err := ridge(X, y, lam)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		mse := 0.0
		for i, r := range X {
			p := w[0]*r[0] + w[1]*r[1] + w[2]*r[2]
			mse += (p - y[i]) * (p - y[i])
		}
		fmt.Printf("lambda=%-4v w=%.4f mse=%.5f\n", lam, w, mse/float64(len(X)))
	}
	dup := [][]float64{{1, 2, 2}, {1, 3, 3}, {1, 5, 5}}
	_, err := ridge(dup, []float64{1, 2, 3}, 0)
	fmt.Println(err, errors.Is(err, ErrSingular))
	w, err := ridge(dup, []float64{1, 2, 3}, 1e-3)
	fmt.Printf("%.3f %v\n", w, err)
}

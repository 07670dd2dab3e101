package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

func solve(A [][]float64, b []float64) ([]float64, error) {
	n := len(A)
	M := make([][]float64, n)
	for i := range A {
		M[i] = append(append([]float64{}, A[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(M[r][col]) > math.Abs(M[piv][col]) {
				piv = r
			}
		}
		if math.Abs(M[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		M[col], M[piv] = M[piv], M[col]
		for r := col + 1; r < n; r++ {
			f := M[r][col] / M[col][col]
			for c := col; c <= n; c++ {
				M[r][c] -= f * M[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := M[i][n]
		for j := i + 1; j < n; j++ {
			s -= M[i][j] * x[j]
		}
		x[i] = s / M[i][i]
	}
	return x, nil
}

// normal equations for polynomial fit
func polyfit(xs, ys []float64, deg int) ([]float64, error) {
	d := deg + 1
	A := make([][]float64, d)
	b := make([]float64, d)
	for i := range A {
		A[i] = make([]float64, d)
		for j := range A[i] {
			for _, x := range xs {
				A[i][j] += math.Pow(x, float64(i+j))
			}
		}
		for k, x := range xs {
			b[i] += ys[k] * math.Pow(x, float64(i))
		}
	}
	return solve(A, b)
}

func main() {
	x, err := solve([][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}, []float64{8, -11, -3})
	fmt.Printf("%.4f %v\n", x, err)
	_, err = solve([][]float64{{1, 2}, {2, 4}}, []float64{1, 2})
	fmt.Println(err, errors.Is(err, ErrSingular))
	xs := []float64{-2, -1, 0, 1, 2, 3}
	ys := make([]float64, len(xs))
	for i, v := range xs {
		ys[i] = 0.5*v*v - v + 2
	}
	coef, err := polyfit(xs, ys, 2)
	fmt.Printf("coef=%.4f err=%v\n", coef, err)
	coef1, _ := polyfit(xs, ys, 1)
	fmt.Printf("linear=%.4f\n", coef1)
}

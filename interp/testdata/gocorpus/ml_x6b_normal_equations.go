// Exercises: normal equations X^T X w = X^T y solved by Gaussian elimination with partial pivoting
package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(a)
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		a[col], a[piv] = a[piv], a[col]
		b[col], b[piv] = b[piv], b[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			b[r] -= f * b[col]
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := b[i]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x, nil
}

func main() {
	data := [][3]float64{{1, 2, 9.1}, {2, 1, 7.9}, {3, 4, 19.2}, {4, 3, 17.8}, {5, 5, 26.1}}
	xtx := make([][]float64, 3)
	for i := range xtx {
		xtx[i] = make([]float64, 3)
	}
	xty := make([]float64, 3)
	for _, d := range data {
		row := []float64{1, d[0], d[1]}
		for i := range row {
			for j := range row {
				xtx[i][j] += row[i] * row[j]
			}
			xty[i] += row[i] * d[2]
		}
	}
	w, err := solve(xtx, xty)
	fmt.Printf("w = %.4f err = %v\n", w, err)
	_, err = solve([][]float64{{1, 2}, {2, 4}}, []float64{1, 2})
	fmt.Println(err, errors.Is(err, ErrSingular))
}

package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(a)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[piv][col]) {
				piv = r
			}
		}
		if math.Abs(m[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		m[col], m[piv] = m[piv], m[col]
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x, nil
}

func det(a [][]float64) float64 {
	n := len(a)
	if n == 1 {
		return a[0][0]
	}
	d := 0.0
	for c := 0; c < n; c++ {
		sub := make([][]float64, 0, n-1)
		for r := 1; r < n; r++ {
			row := make([]float64, 0, n-1)
			row = append(row, a[r][:c]...)
			row = append(row, a[r][c+1:]...)
			sub = append(sub, row)
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		d += sign * a[0][c] * det(sub)
	}
	return d
}

func main() {
	a := [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, err := solve(a, b)
	fmt.Printf("%.6f %v det=%.3f\n", x, err, det(a))
	sing := [][]float64{{1, 2}, {2, 4}}
	_, err = solve(sing, []float64{1, 2})
	fmt.Println(err, errors.Is(err, ErrSingular), det(sing))
	hilbert := make([][]float64, 4)
	rhs := make([]float64, 4)
	for i := range hilbert {
		hilbert[i] = make([]float64, 4)
		for j := range hilbert[i] {
			hilbert[i][j] = 1 / float64(i+j+1)
			rhs[i] += hilbert[i][j]
		}
	}
	x, _ = solve(hilbert, rhs)
	for _, v := range x {
		fmt.Printf("%.8f ", v)
	}
	fmt.Printf("\ndet(H4)=%.6e\n", det(hilbert))
	fmt.Println(math.Inf(1), -math.MaxFloat64, math.NaN() == math.NaN(), math.Float64bits(-0.0), 1/math.Inf(-1))
	fmt.Printf("%08.3f|%-8.2e|%+.0f|%x\n", math.Pi, 12345.678, 2.5, 1.0)
}

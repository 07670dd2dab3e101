package main

import (
	"errors"
	"fmt"
	"math"
)

type SingularError struct {
	Col   int
	Pivot float64
}

func (e *SingularError) Error() string {
	return fmt.Sprintf("singular matrix at column %d (pivot %.2e)", e.Col, e.Pivot)
}

func Solve(a [][]float64, b []float64) (x []float64, err error) {
	n := len(a)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[p][col]) {
				p = r
			}
		}
		if math.Abs(m[p][col]) < 1e-12 {
			return nil, &SingularError{col, m[p][col]}
		}
		m[col], m[p] = m[p], m[col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	x = make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for j := i + 1; j < n; j++ {
			s -= m[i][j] * x[j]
		}
		x[i] = s / m[i][i]
	}
	return x, nil
}

func residual(a [][]float64, b, x []float64) float64 {
	var r float64
	for i := range a {
		s := -b[i]
		for j := range x {
			s += a[i][j] * x[j]
		}
		r = math.Max(r, math.Abs(s))
	}
	return r
}

func main() {
	systems := []struct {
		a [][]float64
		b []float64
	}{
		{[][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}, []float64{8, -11, -3}},
		{[][]float64{{1, 2}, {2, 4}}, []float64{3, 6}},
		{[][]float64{{4, -2, 1, 0}, {-2, 4, -2, 1}, {1, -2, 4, -2}, {0, 1, -2, 4}}, []float64{11, -16, 17, -7}},
	}
	for i, s := range systems {
		x, err := Solve(s.a, s.b)
		var se *SingularError
		switch {
		case errors.As(err, &se):
			fmt.Printf("system %d: %v (col=%d)\n", i, err, se.Col)
		case err != nil:
			fmt.Println("unexpected", err)
		default:
			fmt.Printf("system %d: x=%.6f residual=%.1e\n", i, x, residual(s.a, s.b, x))
		}
	}
}

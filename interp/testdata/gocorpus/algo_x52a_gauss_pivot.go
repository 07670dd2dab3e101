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
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(m[i][k]) > math.Abs(m[p][k]) {
				p = i
			}
		}
		if math.Abs(m[p][k]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", k, ErrSingular)
		}
		m[k], m[p] = m[p], m[k]
		for i := k + 1; i < n; i++ {
			f := m[i][k] / m[k][k]
			for j := k; j <= n; j++ {
				m[i][j] -= f * m[k][j]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for j := i + 1; j < n; j++ {
			s -= m[i][j] * x[j]
		}
		x[i] = s / m[i][i]
	}
	return x, nil
}

func printMat(name string, a [][]float64) {
	fmt.Println(name + " =")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%9.4f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	printMat("A", a)
	x, err := solve(a, b)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("x = %.6f\n", x)
	s := [][]float64{{1, 2}, {2, 4}}
	_, err = solve(s, []float64{1, 2})
	fmt.Println("error:", err, errors.Is(err, ErrSingular))
}

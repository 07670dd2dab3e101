// Exercises: determinant by Gaussian elimination with partial pivoting and by Laplace expansion, compared
package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (a Matrix) DetGauss() float64 {
	n := len(a)
	m := make(Matrix, n)
	for i := range a {
		m[i] = append([]float64(nil), a[i]...)
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return det
}

func detLaplace(a [][]int) int {
	if len(a) == 1 {
		return a[0][0]
	}
	d, sign := 0, 1
	for c := range a[0] {
		var minor [][]int
		for _, row := range a[1:] {
			minor = append(minor, append(append([]int{}, row[:c]...), row[c+1:]...))
		}
		d += sign * a[0][c] * detLaplace(minor)
		sign = -sign
	}
	return d
}

func main() {
	m := Matrix{{2, -1, 0, 3}, {1, 4, 2, -2}, {0, 3, 5, 1}, {6, 0, -1, 2}}
	mi := [][]int{{2, -1, 0, 3}, {1, 4, 2, -2}, {0, 3, 5, 1}, {6, 0, -1, 2}}
	fmt.Printf("%.6f %d\n", m.DetGauss(), detLaplace(mi))
	fmt.Printf("%.3f %d\n", Matrix{{1, 2}, {2, 4}}.DetGauss(), detLaplace([][]int{{7}}))
	h := Matrix{{1, 1.0 / 2, 1.0 / 3}, {1.0 / 2, 1.0 / 3, 1.0 / 4}, {1.0 / 3, 1.0 / 4, 1.0 / 5}}
	fmt.Printf("hilbert 3: %.6e\n", h.DetGauss())
}

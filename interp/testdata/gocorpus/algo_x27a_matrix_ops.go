package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("shape mismatch")

func Identity(n int) Matrix {
	m := Zeros(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func Zeros(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := Zeros(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := Zeros(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Det() float64 {
	n := len(a)
	m := Zeros(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(m[r][c]) > abs(m[p][c]) {
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

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	m := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Printf("det=%.3f det(I)=%.1f det(sing)=%.1f\n", m.Det(), Identity(4).Det(), Matrix{{1, 2}, {2, 4}}.Det())
	p := Identity(3)
	for range 5 {
		p, _ = p.Mul(m)
	}
	fmt.Print(p)
	fmt.Println(len(Zeros(2, 5)[1]), Identity(2))
}

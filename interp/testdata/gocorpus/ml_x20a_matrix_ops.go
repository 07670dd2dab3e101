package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	if m.rows == 2 {
		return m.At(0, 0)*m.At(1, 1) - m.At(0, 1)*m.At(1, 0)
	}
	det := 0.0
	for c := 0; c < m.cols; c++ {
		sub := New(m.rows-1, m.cols-1)
		idx := 0
		for i := 1; i < m.rows; i++ {
			for j := 0; j < m.cols; j++ {
				if j != c {
					sub.data[idx] = m.At(i, j)
					idx++
				}
			}
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		det += sign * m.At(0, c) * sub.Det()
	}
	return det
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&b, "%7.2f", m.At(i, j))
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, _ := a.Mul(b)
	fmt.Print(p)
	fmt.Print(a.T())
	_, err := a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	c := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det:", c.Det(), "det(I4):", Identity(4).Det())
	ci, _ := c.Mul(Identity(3))
	fmt.Println(ci.String() == c.String())
	sq, _ := p.Mul(p)
	fmt.Print(sq)
}

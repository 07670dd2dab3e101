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

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
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

func (m *Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	det := 0.0
	sign := 1.0
	for c := 0; c < m.cols; c++ {
		sub := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			k := 0
			for j := 0; j < m.cols; j++ {
				if j != c {
					sub.Set(i-1, k, m.At(i, j))
					k++
				}
			}
		}
		det += sign * m.At(0, c) * sub.Det()
		sign = -sign
	}
	return det
}

func (m Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%g", m.At(i, j))
		}
		b.WriteString("]")
	}
	return b.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	id, _ := c.Mul(Identity(2))
	fmt.Println(id.rows == c.rows && id.cols == c.cols, id.String() == c.String())
	fmt.Println(New(3, 3, 6, 1, 1, 4, -2, 5, 2, 8, 7).Det(), Identity(4).Det(), New(2, 2, 1, 2, 2, 4).Det())
	fmt.Printf("%v|%s|%v\n", *a, Identity(3), a)
	ms := []Matrix{*New(1, 1, 5), *Identity(2)}
	fmt.Println(ms)
}

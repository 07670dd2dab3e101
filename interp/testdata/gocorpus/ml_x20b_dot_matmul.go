package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrShape = errors.New("shape mismatch")

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int, vals ...float64) Matrix {
	m := Matrix{Rows: r, Cols: c, Data: make([]float64, r*c)}
	copy(m.Data, vals)
	return m
}

func (m Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m Matrix) T() Matrix {
	t := NewMatrix(m.Cols, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols != o.Rows {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows, m.Cols, o.Rows, o.Cols, ErrShape)
	}
	out := NewMatrix(m.Rows, o.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < o.Cols; j++ {
			var s float64
			for k := 0; k < m.Cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.Rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.Cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%.4f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func Dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(c)
	fmt.Print(a.T())
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Printf("dot=%.4f\n", Dot([]float64{1, 2, 3}, []float64{4, 5, 6}))
	fmt.Println(a)
}

package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.Data[i*m.Cols:], row)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.Rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.Cols; j++ {
			fmt.Fprintf(&sb, " %8.3f", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func (m *Matrix) Mul(o *Matrix) *Matrix {
	r := New(m.Rows, o.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < o.Cols; j++ {
			var s float64
			for k := 0; k < m.Cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

// Doolittle LU without pivoting.
func (m *Matrix) LU() (l, u *Matrix) {
	n := m.Rows
	l, u = New(n, n), New(n, n)
	for i := 0; i < n; i++ {
		for k := i; k < n; k++ {
			s := 0.0
			for j := 0; j < i; j++ {
				s += l.At(i, j) * u.At(j, k)
			}
			u.Set(i, k, m.At(i, k)-s)
		}
		l.Set(i, i, 1)
		for k := i + 1; k < n; k++ {
			s := 0.0
			for j := 0; j < i; j++ {
				s += l.At(k, j) * u.At(j, i)
			}
			l.Set(k, i, (m.At(k, i)-s)/u.At(i, i))
		}
	}
	return
}

func main() {
	a := FromRows([][]float64{{4, 3, 2}, {6, 3, 1}, {8, 5, 7}})
	l, u := a.LU()
	fmt.Print("A:\n", a)
	fmt.Print("L:\n", l)
	fmt.Print("U:\n", u)
	fmt.Print("L*U:\n", l.Mul(u))
	det := 1.0
	for i := 0; i < u.Rows; i++ {
		det *= u.At(i, i)
	}
	fmt.Printf("det(A) = %.4f\n", det)
	fmt.Printf("%v|%T\n", l.Rows, u)
}

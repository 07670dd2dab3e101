package main

import (
	"fmt"
	"strings"
)

// Matrix is a dense row-major matrix.
type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{Rows: r, Cols: c, Data: make([]float64, r*c)}
}

func FromRows(rows [][]float64) *Matrix {
	m := NewMatrix(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.Data[i*m.Cols:], row)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m *Matrix) T() *Matrix {
	out := NewMatrix(m.Cols, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix) Dot(o *Matrix) *Matrix {
	if m.Cols != o.Rows {
		panic(fmt.Sprintf("shapes (%d,%d) and (%d,%d) not aligned", m.Rows, m.Cols, o.Rows, o.Cols))
	}
	out := NewMatrix(m.Rows, o.Cols)
	for i := 0; i < m.Rows; i++ {
		for k := 0; k < m.Cols; k++ {
			a := m.At(i, k)
			for j := 0; j < o.Cols; j++ {
				out.Data[i*out.Cols+j] += a * o.At(k, j)
			}
		}
	}
	return out
}

func (m *Matrix) Apply(f func(float64) float64) *Matrix {
	out := NewMatrix(m.Rows, m.Cols)
	for i, v := range m.Data {
		out.Data[i] = f(v)
	}
	return out
}

func (m *Matrix) SumAxis(axis int) []float64 {
	if axis == 0 {
		s := make([]float64, m.Cols)
		for i := 0; i < m.Rows; i++ {
			for j := 0; j < m.Cols; j++ {
				s[j] += m.At(i, j)
			}
		}
		return s
	}
	s := make([]float64, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			s[i] += m.At(i, j)
		}
	}
	return s
}

func (m *Matrix) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < m.Rows; i++ {
		if i > 0 {
			b.WriteString("\n ")
		}
		b.WriteString("[")
		for j := 0; j < m.Cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]")
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	a := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	b := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	fmt.Println("A =")
	fmt.Println(a)
	fmt.Println("A.T =")
	fmt.Println(a.T())
	c := a.Dot(b)
	fmt.Println("A.B =")
	fmt.Println(c)
	fmt.Printf("shape: (%d, %d)\n", c.Rows, c.Cols)
	fmt.Println("sum axis0:", a.SumAxis(0))
	fmt.Println("sum axis1:", a.SumAxis(1))
	sq := a.Apply(func(x float64) float64 { return x * x })
	fmt.Printf("%v\n", sq.Data)
	fmt.Printf("%+v\n", *FromRows([][]float64{{1, 2}}))

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	_ = a.Dot(a)
	fmt.Println("unreachable")
}

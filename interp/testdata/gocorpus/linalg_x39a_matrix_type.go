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

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{Rows: r, Cols: c, Data: make([]float64, r*c)}
	copy(m.Data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.Cols != o.Rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows, m.Cols, o.Rows, o.Cols, ErrShape)
	}
	out := New(m.Rows, o.Cols)
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

func (m *Matrix) T() *Matrix {
	out := New(m.Cols, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix) Apply(f func(float64) float64) *Matrix {
	out := New(m.Rows, m.Cols)
	for i, v := range m.Data {
		out.Data[i] = f(v)
	}
	return out
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.Rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.Cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func must(m *Matrix, err error) *Matrix {
	if err != nil {
		panic(err)
	}
	return m
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print("A =\n", a)
	fmt.Print("A^T =\n", a.T())
	fmt.Print("A*B =\n", must(a.Mul(b)))
	fmt.Print("AtA =\n", must(a.T().Mul(a)))
	fmt.Print("A*I =\n", must(a.Mul(Identity(3))))
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err)
		fmt.Println("is shape error:", errors.Is(err, ErrShape))
	}
	sq := a.Apply(func(x float64) float64 { return x * x })
	fmt.Println(sq.Data)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		must(b.Mul(b))
	}()
	fmt.Printf("%v %d\n", a.Rows, len(a.T().Data))
}

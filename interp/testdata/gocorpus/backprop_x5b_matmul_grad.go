// Exercises: Matrix struct with flat []float64, MatMul, Transpose, dW = X^T dout, db = column sums
package main

import "fmt"

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func New(r, c int, vals ...float64) Matrix {
	m := Matrix{Rows: r, Cols: c, Data: make([]float64, r*c)}
	copy(m.Data, vals)
	return m
}

func (m Matrix) At(i, j int) float64 { return m.Data[i*m.Cols+j] }

func (m *Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func MatMul(a, b Matrix) Matrix {
	out := New(a.Rows, b.Cols)
	for i := 0; i < a.Rows; i++ {
		for j := 0; j < b.Cols; j++ {
			s := 0.0
			for k := 0; k < a.Cols; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m Matrix) T() Matrix {
	t := New(m.Cols, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func ColSums(m Matrix) []float64 {
	s := make([]float64, m.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := range s {
			s[j] += m.At(i, j)
		}
	}
	return s
}

func main() {
	X := New(3, 2, 1, 2, 3, 4, 5, 6)
	W := New(2, 2, 0.5, -1, 0.25, 2)
	out := MatMul(X, W)
	fmt.Println("out:", out.Data)
	dout := New(3, 2, 1, 0, 0, 1, 1, 1)
	dW := MatMul(X.T(), dout)
	dX := MatMul(dout, W.T())
	fmt.Printf("dW %dx%d %v\n", dW.Rows, dW.Cols, dW.Data)
	fmt.Printf("dX %dx%d %v\n", dX.Rows, dX.Cols, dX.Data)
	fmt.Println("db:", ColSums(dout))
	fmt.Printf("%+v\n", W)
}

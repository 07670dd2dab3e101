package main

import (
	"fmt"
	"strings"
)

type Mat struct {
	Rows, Cols int
	Data       []float64
}

func NewMat(r, c int, vals ...float64) Mat {
	m := Mat{r, c, make([]float64, r*c)}
	copy(m.Data, vals)
	return m
}

func (m Mat) At(i, j int) float64      { return m.Data[i*m.Cols+j] }
func (m *Mat) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v }

func (m Mat) T() Mat {
	out := NewMat(m.Cols, m.Rows)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Mat) Dot(o Mat) Mat {
	out := NewMat(m.Rows, o.Cols)
	for i := 0; i < m.Rows; i++ {
		for k := 0; k < m.Cols; k++ {
			a := m.At(i, k)
			for j := 0; j < o.Cols; j++ {
				out.Data[i*o.Cols+j] += a * o.At(k, j)
			}
		}
	}
	return out
}

func (m Mat) String() string {
	var sb strings.Builder
	for i := 0; i < m.Rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.Cols; j++ {
			fmt.Fprintf(&sb, " %6.2f", m.At(i, j))
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

type Mat3 [3][3]float64

func (m Mat3) Scaled(s float64) Mat3 {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= s
		}
	}
	return m
}

func main() {
	X := NewMat(2, 3, 1, 2, 3, 4, 5, 6)
	W := NewMat(3, 2, 0.5, -1, 0, 1, 1, 0.5)
	Y := X.Dot(W)
	fmt.Print("Y =\n", Y)
	dY := NewMat(2, 2, 1, 0, 0, 1)
	dW := X.T().Dot(dY)
	dX := dY.Dot(W.T())
	fmt.Print("dW =\n", dW, "dX =\n", dX)
	alias := X
	alias.Set(0, 0, 100)
	fmt.Println("X shares data:", X.At(0, 0))
	var I Mat3
	for i := range I {
		I[i][i] = 1
	}
	S := I.Scaled(2.5)
	fmt.Println(I, S)
	fmt.Println(I == Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
}

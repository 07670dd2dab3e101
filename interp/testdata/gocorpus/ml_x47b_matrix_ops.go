package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows ...[]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.data[i*m.cols:], row)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) T() *Matrix {
	out := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix) Apply(f func(float64) float64) *Matrix {
	out := New(m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.3f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func main() {
	a := FromRows([]float64{1, 2, 3}, []float64{4, 5, 6})
	b := FromRows([]float64{1, 0}, []float64{0, 1}, []float64{1, 1})
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	fmt.Print(c.Apply(sigmoid))

	r := rand.New(rand.NewPCG(1, 2))
	w := []float64{r.Float64() - 0.5, r.Float64() - 0.5, 0}
	data := [][3]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}}
	for epoch := 0; epoch < 200; epoch++ {
		for _, d := range data {
			p := sigmoid(w[0]*d[0] + w[1]*d[1] + w[2])
			g := (d[2] - p) * p * (1 - p)
			w[0] += 2 * g * d[0]
			w[1] += 2 * g * d[1]
			w[2] += 2 * g
		}
	}
	for _, d := range data {
		p := sigmoid(w[0]*d[0] + w[1]*d[1] + w[2])
		fmt.Printf("%v -> %.0f (%.2f)\n", d[:2], math.Round(p), p)
	}
}

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

func New(r, c int, vals ...float64) Matrix {
	m := Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(i, j int) float64      { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.cols != o.rows {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var s float64
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m Matrix) Pow(n int) Matrix {
	res, base := Identity(m.rows), m
	for n > 0 {
		if n&1 == 1 {
			res, _ = res.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return res
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%g", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.T()
	fmt.Print(a, b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New(2, 2, 1, 1, 1, 0)
	for _, n := range []int{1, 10, 30, 50} {
		fmt.Printf("fib(%d)=%.0f\n", n, fib.Pow(n).At(0, 1))
	}
	id := Identity(3)
	id.Set(0, 2, 7)
	c := id
	c.Set(1, 1, 9)
	fmt.Print(id)
	fmt.Println(len(c.data), c.At(1, 1) == id.At(1, 1))
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	data []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) Matrix {
	m := Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(i, j int) float64      { return m.data[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.c != o.r {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix) Pow(n int) Matrix {
	res := Identity(m.r)
	base := m
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
	for i := 0; i < m.r; i++ {
		sb.WriteString("[")
		for j := 0; j < m.c; j++ {
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
	fmt.Print(a, a.T())
	p, err := a.Mul(a.T())
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New(2, 2, 1, 1, 1, 0)
	for _, n := range []int{1, 10, 50, 70} {
		fmt.Printf("fib(%d) = %.0f\n", n, fib.Pow(n).At(0, 1))
	}
	b := a
	b.Set(0, 0, 99)
	fmt.Println(a.At(0, 0), b.data[0])
	ms := []Matrix{Identity(1), New(1, 2, 0.5, -0.25)}
	fmt.Printf("%v|%s", ms, ms[1])
}

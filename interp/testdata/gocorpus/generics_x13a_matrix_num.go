package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Numeric](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Numeric](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix[T]) Pow(n int) *Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Map[T, U Numeric](m *Matrix[T], f func(T) U) *Matrix[U] {
	r := New[U](m.rows, m.cols)
	for i, v := range m.data {
		r.data[i] = f(v)
	}
	return r
}

func main() {
	fibM := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Print("fib^10:\n", fibM.Pow(10))
	fmt.Println("F(90) =", fibM.Pow(90).At(0, 1))
	a := New(2, 3, 1.0, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	half := Map(New[int](2, 2, 1, 2, 3, 4), func(v int) float32 { return float32(v) / 2 })
	fmt.Print(half)
	fmt.Printf("%T %T\n", half, Identity[int32](3))
	fmt.Print(Identity[float64](3).Pow(5))
}

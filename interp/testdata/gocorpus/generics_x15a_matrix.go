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

func New[T Numeric](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Numeric](n int) Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
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

func (m Matrix[T]) Transpose() Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func Apply[T, U Numeric](m Matrix[T], f func(T) U) Matrix[U] {
	out := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("|")
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString(" |\n")
	}
	return sb.String()
}

func Pow[T Numeric](m Matrix[T], n int) Matrix[T] {
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

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	ab, err := a.Mul(b)
	fmt.Print(a, b, ab, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.Transpose())
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Println("fib(50) =", Pow(fib, 50).At(0, 1))
	half := Apply(a, func(v int) float64 { return float64(v) / 2 })
	fmt.Print(half)
	rot := New(2, 2, 0.0, -1.0, 1.0, 0.0)
	r4 := Pow(rot, 4)
	fmt.Print(r4)
	fmt.Printf("%T %T\n", half, Identity[float32](1))
}

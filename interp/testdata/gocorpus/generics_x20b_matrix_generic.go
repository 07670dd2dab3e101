package main

import (
	"errors"
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~float32 | ~float64
}

type Matrix[T Scalar] struct {
	r, c int
	data []T
}

var ErrDims = errors.New("dimension mismatch")

func New[T Scalar](r, c int) *Matrix[T] { return &Matrix[T]{r, c, make([]T, r*c)} }

func FromRows[T Scalar](rows [][]T) *Matrix[T] {
	m := New[T](len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.data[i*m.c:], row)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.data[i*m.c+j] }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.c != o.r {
		return nil, fmt.Errorf("%dx%d * %dx%d: %w", m.r, m.c, o.r, o.c, ErrDims)
	}
	out := New[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.data[i*out.c+j] = s
		}
	}
	return out, nil
}

func (m *Matrix[T]) Apply(f func(T) T) *Matrix[T] {
	out := New[T](m.r, m.c)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		fmt.Fprintln(&b, m.data[i*m.c:(i+1)*m.c])
	}
	return b.String()
}

func Identity[T Scalar](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.data[i*n+i] = 1
	}
	return m
}

func main() {
	a := FromRows([][]int{{1, 2}, {3, 4}})
	b := FromRows([][]int{{5, 6, 7}, {8, 9, 10}})
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = b.Mul(a)
	fmt.Println(err, errors.Is(err, ErrDims))
	f := FromRows([][]float64{{0.5, -1}, {2, 0.25}})
	id := Identity[float64](2)
	p, _ := f.Mul(id)
	fmt.Print(p)
	sq := p.Apply(func(x float64) float64 { return x * x })
	fmt.Print(sq)
	pow := Identity[int](2)
	for range 5 {
		pow, _ = pow.Mul(a)
	}
	fmt.Print(pow)
	fmt.Printf("%T %T\n", a, id)
}

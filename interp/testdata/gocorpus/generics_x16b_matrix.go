package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Mat[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](r, c int, vals ...T) Mat[T] {
	m := Mat[T]{rows: r, cols: c, data: make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Mat[T]) At(i, j int) T      { return m.data[i*m.cols+j] }
func (m *Mat[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m Mat[T]) T() Mat[T] {
	out := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func MatMul[T Number](a, b Mat[T]) (Mat[T], error) {
	if a.cols != b.rows {
		return Mat[T]{}, fmt.Errorf("matmul %dx%d by %dx%d: %w", a.rows, a.cols, b.rows, b.cols, ErrShape)
	}
	out := New[T](a.rows, b.cols)
	for i := 0; i < a.rows; i++ {
		for j := 0; j < b.cols; j++ {
			var s T
			for k := 0; k < a.cols; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func Map[T, U Number](m Mat[T], f func(T) U) Mat[U] {
	out := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m Mat[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		s += "\n"
	}
	return s
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := MatMul(a, b)
	fmt.Print(c, err, "\n")
	_, err = MatMul(a, a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	f := Map(c, func(v int) float64 { return float64(v) / 2 })
	fmt.Print(f)
	g, _ := MatMul(f, Map(a.T().T(), func(v int) float64 { return float64(v) }))
	fmt.Printf("%v %d %d\n", g.data, g.rows, g.cols)
}

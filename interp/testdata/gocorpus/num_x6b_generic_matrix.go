// Exercises: a generic Matrix[T] struct with methods, constructor returning errors, a Stringer on a generic type
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](r, c int, vals ...T) (*Matrix[T], error) {
	if len(vals) != 0 && len(vals) != r*c {
		return nil, fmt.Errorf("new %dx%d from %d values: %w", r, c, len(vals), ErrShape)
	}
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m, nil
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul (%dx%d) x (%dx%d): %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out, _ := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		fmt.Fprintln(&sb, m.data[i*m.cols:(i+1)*m.cols])
	}
	return sb.String()
}

func main() {
	a, _ := New(2, 3, 1, 2, 3, 4, 5, 6)
	b, _ := New(3, 1, 1, 0, -1)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f, err := New[float64](2, 2, 0.5)
	fmt.Println(f, err)
	g, _ := New[float64](1, 2, 0.5, 0.25)
	g.Set(0, 1, g.At(0, 0)*4)
	fmt.Print(g)
}

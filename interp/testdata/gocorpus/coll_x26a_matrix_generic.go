package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int32 | ~float64
}

type Mat[T Numeric] struct {
	r, c int
	d    []T
}

var ErrShape = errors.New("shape mismatch")

func NewMat[T Numeric](r, c int, vals ...T) (*Mat[T], error) {
	if len(vals) != 0 && len(vals) != r*c {
		return nil, fmt.Errorf("NewMat %dx%d with %d values: %w", r, c, len(vals), ErrShape)
	}
	m := &Mat[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func (m *Mat[T]) At(i, j int) T     { return m.d[i*m.c+j] }
func (m *Mat[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

func (m *Mat[T]) Mul(o *Mat[T]) (*Mat[T], error) {
	if m.c != o.r {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := Must(NewMat[T](m.r, o.c))
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Mat[T]) T() *Mat[T] {
	out := Must(NewMat[T](m.c, m.r))
	for i := range m.r {
		for j := range m.c {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Mat[T]) String() string {
	var sb strings.Builder
	for i := range m.r {
		sb.WriteString("[")
		for j := range m.c {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Identity[T Numeric](n int) *Mat[T] {
	m := Must(NewMat[T](n, n))
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func main() {
	a := Must(NewMat(2, 3, 1, 2, 3, 4, 5, 6))
	b := a.T()
	fmt.Print(a, b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f := Must(NewMat(2, 2, 0.5, 1.5, -1.0, 2.0))
	fmt.Print(Must(f.Mul(Identity[float64](2))))
	fib := Must(NewMat[int32](2, 2, 1, 1, 1, 0))
	r := Identity[int32](2)
	for range 40 {
		r = Must(r.Mul(fib))
	}
	fmt.Println(r.At(0, 1), r.At(0, 0))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Must(NewMat(3, 3, 1, 2))
}

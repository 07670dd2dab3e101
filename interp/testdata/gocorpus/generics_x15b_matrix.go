package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	r, c int
	d    []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.d[i*m.c+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.c != o.r {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := New[T](m.r, o.c)
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

func (m Matrix[T]) T() Matrix[T] {
	out := New[T](m.c, m.r)
	for i := range m.r {
		for j := range m.c {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.r {
		b.WriteString("[")
		for j := range m.c {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%v", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func Pow[T Number](m Matrix[T], n int) Matrix[T] {
	res := Identity[T](m.r)
	for n > 0 {
		if n&1 == 1 {
			res, _ = res.Mul(m)
		}
		m, _ = m.Mul(m)
		n >>= 1
	}
	return res
}

type Celsius float64

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.T()
	fmt.Print(a, b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Println(Pow(fib, 50).At(0, 1))
	r := New[float64](2, 2, 0, -1, 1, 0)
	fmt.Print(Pow(r, 3))
	c := New[Celsius](1, 2, 1.5, 2.5)
	cc, _ := c.Mul(c.T())
	fmt.Printf("%v %T\n", cc.At(0, 0), cc.At(0, 0))
}

package main

import (
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~int64 | ~float64
}

type Matrix[T Scalar] struct {
	r, c int
	data []T
}

func NewMatrix[T Scalar](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.c+j] }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := NewMatrix[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.data[i*o.c+j] = s
		}
	}
	return out
}

func (m Matrix[T]) T() Matrix[T] {
	out := NewMatrix[T](m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.data[j*m.r+i] = m.At(i, j)
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			fmt.Fprintf(&b, "%6v", m.At(i, j))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func Trace[T Scalar](m Matrix[T]) T {
	var t T
	for i := 0; i < min(m.r, m.c); i++ {
		t += m.At(i, i)
	}
	return t
}

func MapM[T, U Scalar](m Matrix[T], f func(T) U) Matrix[U] {
	out := NewMatrix[U](m.r, m.c)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print(a)
	ata := a.T().Mul(a)
	fmt.Print(ata)
	fmt.Println("trace:", Trace(ata))
	half := MapM(a, func(x int) float64 { return float64(x) / 2 })
	fmt.Print(half.Mul(half.T()))
	fmt.Printf("%T %T\n", a, half)
	fib := NewMatrix[int64](2, 2, 1, 1, 1, 0)
	p := fib
	for i := 0; i < 40; i++ {
		p = p.Mul(fib)
	}
	fmt.Println("fib(42) =", p.At(0, 0))
}

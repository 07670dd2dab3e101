package main

import (
	"fmt"
	"strings"
)

type Num interface{ ~int | ~int64 | ~float64 }

type Matrix[T Num] struct {
	R, C int
	D    []T
}

func New[T Num](r, c int) Matrix[T] { return Matrix[T]{r, c, make([]T, r*c)} }

func Identity[T Num](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m.D[i*n+i] = 1
	}
	return m
}

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := New[T](m.R, o.C)
	for i := range m.R {
		for j := range o.C {
			var s T
			for k := range m.C {
				s += m.D[i*m.C+k] * o.D[k*o.C+j]
			}
			out.D[i*out.C+j] = s
		}
	}
	return out
}

func (m Matrix[T]) Pow(e int) Matrix[T] {
	r := Identity[T](m.R)
	for ; e > 0; e-- {
		r = r.Mul(m)
	}
	return r
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.R {
		fmt.Fprintln(&b, m.D[i*m.C:(i+1)*m.C])
	}
	return b.String()
}

type Count int64

func main() {
	fib := Matrix[int]{2, 2, []int{1, 1, 1, 0}}
	fmt.Print(fib.Pow(10))
	c := New[Count](2, 2)
	c.D[0], c.D[3] = 2, 3
	fmt.Print(c.Pow(3))
	fmt.Printf("%T\n", c)
}

// Exercises: generic numeric Matrix type with methods, ~float constraint, Dot and Scale producing new generic values
package main

import "fmt"

type Float interface{ ~float32 | ~float64 }

type Matrix[T Float] struct {
	r, c int
	d    []T
}

func New[T Float](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.d[i*m.c+j] }

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := New[T](m.r, o.c)
	for i := range m.r {
		for j := range o.c {
			var s T
			for k := range m.c {
				s += m.At(i, k) * o.At(k, j)
			}
			out.d[i*out.c+j] = s
		}
	}
	return out
}

func (m Matrix[T]) Scale(f T) Matrix[T] {
	out := New[T](m.r, m.c, m.d...)
	for i := range out.d {
		out.d[i] *= f
	}
	return out
}

func (m Matrix[T]) String() string {
	s := ""
	for i := range m.r {
		s += fmt.Sprint(m.d[i*m.c : (i+1)*m.c])
		if i < m.r-1 {
			s += "\n"
		}
	}
	return s
}

func main() {
	a := New(2, 3, 1.0, 2, 3, 4, 5, 6)
	b := New(3, 2, 7.0, 8, 9, 10, 11, 12)
	fmt.Println(a.Mul(b))
	fmt.Println(a.Scale(0.5))
	f32 := New[float32](1, 2, 1.5, 2.5)
	fmt.Printf("%T %v\n", f32.At(0, 1), f32.Scale(2))
	fmt.Println(a)
}

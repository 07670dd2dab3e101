// Exercises: a generic Matrix[T Number] type with methods, a constraint interface with ~ terms, generic MatMul and Transpose, instantiation with a named float
package main

import "fmt"

type Number interface {
	~int | ~float32 | ~float64
}

type Matrix[T Number] struct {
	R, C int
	D    []T
}

func NewMatrix[T Number](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.D, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.D[i*m.C+j] }

func (m *Matrix[T]) T() *Matrix[T] {
	t := NewMatrix[T](m.C, m.R)
	for i := 0; i < m.R; i++ {
		for j := 0; j < m.C; j++ {
			t.D[j*m.R+i] = m.At(i, j)
		}
	}
	return t
}

func (m *Matrix[T]) Sum() (s T) {
	for _, v := range m.D {
		s += v
	}
	return
}

func MatMul[T Number](a, b *Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](a.R, b.C)
	for i := 0; i < a.R; i++ {
		for j := 0; j < b.C; j++ {
			for k := 0; k < a.C; k++ {
				out.D[i*b.C+j] += a.At(i, k) * b.At(k, j)
			}
		}
	}
	return out
}

type Grad float64

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	p := MatMul(a, a.T())
	fmt.Printf("%v %T %d\n", p.D, p, p.Sum())
	f := NewMatrix[float32](1, 2, 0.5, 0.25)
	fmt.Println(MatMul(f.T(), f).D)
	g := NewMatrix[Grad](2, 2, 1, -1, 0.5, 2)
	s := g.Sum()
	fmt.Printf("%v %T %+v\n", s, s, *MatMul(g, g))
}

package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Add(w Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] + w[i]
	}
	return out
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func Norm[T Number](v Vec[T]) float64 { return math.Sqrt(float64(v.Dot(v))) }

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	res := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.data[i*o.cols+j] = s
		}
	}
	return res, nil
}

func (m *Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols:(i+1)*m.cols]) + "\n"
	}
	return s
}

type Meters float32

func Convert[From, To Number](xs Vec[From]) Vec[To] {
	out := make(Vec[To], len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a.Scale(3), a.Dot(b), fmt.Sprintf("%.4f", Norm(a)))
	m := Vec[Meters]{1.5, 2.5}
	fmt.Println(m.Scale(2), m.Dot(m))
	fmt.Printf("%T %v\n", Convert[int, float64](a), Convert[float64, int32](Vec[float64]{1.9, -2.7}))
	x := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	y := NewMatrix(3, 2, 7.0, 8, 9, 10, 11, 12)
	_, err := x.Mul(x)
	fmt.Println(err)
	xf := NewMatrix(2, 3, Convert[int, float64](Vec[int](x.data))...)
	p, err := xf.Mul(y)
	fmt.Print(p, err, "\n")
	id := NewMatrix[int64](2, 2, 1, 0, 0, 1)
	q, _ := id.Mul(NewMatrix[int64](2, 1, 9, -9))
	fmt.Print(q)
}

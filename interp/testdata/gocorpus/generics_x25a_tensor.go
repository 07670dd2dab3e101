package main

import (
	"fmt"
)

type Number interface {
	~float32 | ~float64 | ~int
}

type Tensor[T Number] struct {
	shape []int
	data  []T
}

func New[T Number](shape ...int) *Tensor[T] {
	n := 1
	for _, s := range shape {
		n *= s
	}
	return &Tensor[T]{shape: shape, data: make([]T, n)}
}

func (t *Tensor[T]) At(i, j int) T     { return t.data[i*t.shape[1]+j] }
func (t *Tensor[T]) Set(i, j int, v T) { t.data[i*t.shape[1]+j] = v }

func MatMul[T Number](a, b *Tensor[T]) *Tensor[T] {
	out := New[T](a.shape[0], b.shape[1])
	for i := 0; i < a.shape[0]; i++ {
		for j := 0; j < b.shape[1]; j++ {
			var s T
			for k := 0; k < a.shape[1]; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func Transpose[T Number](a *Tensor[T]) *Tensor[T] {
	out := New[T](a.shape[1], a.shape[0])
	for i := 0; i < a.shape[0]; i++ {
		for j := 0; j < a.shape[1]; j++ {
			out.Set(j, i, a.At(i, j))
		}
	}
	return out
}

func Map[T, U Number](t *Tensor[T], f func(T) U) *Tensor[U] {
	out := New[U](t.shape...)
	for i, v := range t.data {
		out.data[i] = f(v)
	}
	return out
}

func (t *Tensor[T]) String() string {
	s := fmt.Sprintf("shape%v ", t.shape)
	return s + fmt.Sprint(t.data)
}

func main() {
	a := New[float64](2, 3)
	for i := range a.data {
		a.data[i] = float64(i) * 0.5
	}
	b := Transpose(a)
	c := MatMul(a, b)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	// backward of C = A A^T wrt A with dC = ones: dA = (dC + dC^T) A
	dC := Map(c, func(float64) float64 { return 1 })
	dA := MatMul(Transpose(dC), a)
	dA2 := MatMul(dC, a)
	for i := range dA.data {
		dA.data[i] += dA2.data[i]
	}
	fmt.Println("dA", dA)
	ints := Map(c, func(v float64) int { return int(v) })
	fmt.Println(ints)
	fmt.Printf("%T %T\n", ints, dA)
}

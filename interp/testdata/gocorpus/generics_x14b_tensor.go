package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int32 | ~float32 | ~float64
}

type Tensor[T Number] struct {
	shape []int
	data  []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](shape ...int) *Tensor[T] {
	n := 1
	for _, s := range shape {
		n *= s
	}
	return &Tensor[T]{shape: shape, data: make([]T, n)}
}

func FromSlice[T Number](rows, cols int, xs []T) *Tensor[T] {
	t := New[T](rows, cols)
	copy(t.data, xs)
	return t
}

func (t *Tensor[T]) At(i, j int) T     { return t.data[i*t.shape[1]+j] }
func (t *Tensor[T]) Set(i, j int, v T) { t.data[i*t.shape[1]+j] = v }

func MatMul[T Number](a, b *Tensor[T]) (*Tensor[T], error) {
	if a.shape[1] != b.shape[0] {
		return nil, fmt.Errorf("matmul %v x %v: %w", a.shape, b.shape, ErrShape)
	}
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
	return out, nil
}

func Map[T, U Number](t *Tensor[T], f func(T) U) *Tensor[U] {
	out := &Tensor[U]{shape: t.shape, data: make([]U, len(t.data))}
	for i, v := range t.data {
		out.data[i] = f(v)
	}
	return out
}

func (t *Tensor[T]) String() string {
	s := ""
	for i := 0; i < t.shape[0]; i++ {
		s += fmt.Sprint(t.data[i*t.shape[1] : (i+1)*t.shape[1]])
		if i < t.shape[0]-1 {
			s += "\n"
		}
	}
	return s
}

type Celsius float64

func main() {
	a := FromSlice(2, 3, []int{1, 2, 3, 4, 5, 6})
	b := FromSlice(3, 2, []int{7, 8, 9, 10, 11, 12})
	c, err := MatMul(a, b)
	fmt.Println(c, err)
	_, err = MatMul(a, a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f := Map(c, func(v int) float64 { return float64(v) / 2 })
	fmt.Println(f)
	temps := FromSlice(1, 3, []Celsius{20.5, 30, -4})
	k := Map(temps, func(c Celsius) float32 { return float32(c) + 273.15 })
	fmt.Println(temps, k)
	fmt.Printf("%T %T\n", temps, k)
}

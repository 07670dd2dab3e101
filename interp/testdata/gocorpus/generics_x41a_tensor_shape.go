package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Float interface{ ~float32 | ~float64 }

type Tensor[T Float] struct {
	Shape []int
	Data  []T
}

func NewTensor[T Float](shape ...int) *Tensor[T] {
	n := 1
	for _, s := range shape {
		n *= s
	}
	return &Tensor[T]{Shape: slices.Clone(shape), Data: make([]T, n)}
}

func (t *Tensor[T]) index(idx ...int) (int, error) {
	if len(idx) != len(t.Shape) {
		return 0, errors.New("wrong number of indices")
	}
	off := 0
	for i, x := range idx {
		if x < 0 || x >= t.Shape[i] {
			return 0, fmt.Errorf("index %d out of range [0,%d) on axis %d", x, t.Shape[i], i)
		}
		off = off*t.Shape[i] + x
	}
	return off, nil
}

func (t *Tensor[T]) At(idx ...int) T {
	o, err := t.index(idx...)
	if err != nil {
		panic(err)
	}
	return t.Data[o]
}

func (t *Tensor[T]) Set(v T, idx ...int) {
	o, err := t.index(idx...)
	if err != nil {
		panic(err)
	}
	t.Data[o] = v
}

func (t *Tensor[T]) Apply(f func(T) T) *Tensor[T] {
	out := NewTensor[T](t.Shape...)
	for i, v := range t.Data {
		out.Data[i] = f(v)
	}
	return out
}

func ArgMax[T cmp.Ordered](xs []T) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

func safeAt[T Float](t *Tensor[T], idx ...int) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeAt: %v", r)
		}
	}()
	return t.At(idx...), nil
}

func main() {
	t := NewTensor[float64](2, 3)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			t.Set(float64(i*3+j)-2.5, i, j)
		}
	}
	fmt.Println(t.Shape, t.Data)
	sq := t.Apply(func(x float64) float64 { return x * x })
	fmt.Printf("%+v\n", *sq)
	fmt.Println("argmax:", ArgMax(sq.Data), ArgMax([]string{"b", "z", "a"}))
	_, err := safeAt(t, 2, 0)
	fmt.Println(err)
	_, err = safeAt(t, 1)
	fmt.Println(err)
	v, err := safeAt(t, 1, 2)
	fmt.Println(v, err)
	f32 := NewTensor[float32](4)
	f32.Set(1.5, 3)
	fmt.Printf("%T %v\n", f32, f32.Data)
	fmt.Println(slices.Max(t.Data), slices.Index(t.Data, 0.5))
}

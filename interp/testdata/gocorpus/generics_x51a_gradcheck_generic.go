package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Float interface{ ~float32 | ~float64 }

type Result[T Float] struct {
	Index    int
	Analytic T
	Numeric  T
}

func (r Result[T]) Err() T {
	d := r.Analytic - r.Numeric
	if d < 0 {
		d = -d
	}
	return d
}

func GradCheck[T Float](f func([]T) T, df func([]T) []T, x []T, h T) []Result[T] {
	g := df(x)
	res := make([]Result[T], len(x))
	for i := range x {
		o := x[i]
		x[i] = o + h
		p := f(x)
		x[i] = o - h
		m := f(x)
		x[i] = o
		res[i] = Result[T]{i, g[i], (p - m) / (2 * h)}
	}
	return res
}

func Worst[T Float](rs []Result[T]) Result[T] {
	return slices.MaxFunc(rs, func(a, b Result[T]) int { return cmp.Compare(a.Err(), b.Err()) })
}

func dot[T Float](x []T) T {
	var s T
	for i, v := range x {
		s += T(i+1) * v * v
	}
	return s
}

func ddot[T Float](x []T) []T {
	g := make([]T, len(x))
	for i, v := range x {
		g[i] = 2 * T(i+1) * v
	}
	return g
}

func main() {
	x64 := []float64{0.5, -1, 2}
	r64 := GradCheck(dot[float64], ddot[float64], x64, 1e-6)
	w := Worst(r64)
	fmt.Printf("float64 worst index %d err<1e-8: %v\n", w.Index, w.Err() < 1e-8)
	x32 := []float32{0.5, -1, 2}
	r32 := GradCheck(dot[float32], ddot[float32], x32, 1e-2)
	for _, r := range r32 {
		fmt.Printf("%T idx=%d analytic=%.3f numeric=%.3f\n", r, r.Index, r.Analytic, r.Numeric)
	}
	w32 := Worst(r32)
	fmt.Printf("float32 worst err < 0.01: %v\n", w32.Err() < 0.01)
	fmt.Println(math.Abs(float64(r32[2].Analytic)-float64(r64[2].Analytic)) < 1e-6)
}

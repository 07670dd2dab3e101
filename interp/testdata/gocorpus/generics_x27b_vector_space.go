package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

type Vec[T Float] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Norm() T { return T(math.Sqrt(float64(v.Dot(v)))) }

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = k * x
	}
	return out
}

func (v Vec[T]) Sub(w Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] - w[i]
	}
	return out
}

func GramSchmidt[T Float](vs []Vec[T]) []Vec[T] {
	var basis []Vec[T]
	for _, v := range vs {
		u := v
		for _, b := range basis {
			u = u.Sub(b.Scale(u.Dot(b)))
		}
		if n := u.Norm(); n > 1e-6 {
			basis = append(basis, u.Scale(1/n))
		}
	}
	return basis
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	vs := []Vec[float64]{{1, 1, 0}, {1, 0, 1}, {0, 1, 1}, {2, 1, 1}}
	basis := GramSchmidt(vs)
	for i, b := range basis {
		fmt.Printf("e%d = %.5f |e|=%.3f\n", i, b, b.Norm())
	}
	for i := range basis {
		for j := range basis {
			fmt.Printf("%6.3f", basis[i].Dot(basis[j]))
		}
		fmt.Println()
	}
	v32 := []Vec[float32]{{3, 4}, {1, 0}}
	b32 := GramSchmidt(v32)
	fmt.Println(Map(b32, func(v Vec[float32]) string { return fmt.Sprintf("%.4f", []float32(v)) }))
	fmt.Printf("%T %T\n", b32[0], basis[0].Norm())
}

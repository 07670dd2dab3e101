// Exercises: generic numeric helpers with ~float32|~float64 constraints, named float types, two type parameters, explicit instantiation
package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

type Meters float64
type Weight float32

func Sum[T Float](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Float](xs []T) T { return Sum(xs) / T(len(xs)) }

func Dot[T Float](a, b []T) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Norm[T Float](xs []T) float64 { return math.Sqrt(float64(Dot(xs, xs))) }

type Vec[T Float] []T

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] * k
	}
	return out
}

func main() {
	d := []Meters{1.5, 2.5, 4}
	fmt.Printf("%v %T %.3f\n", Sum(d), Sum(d), Mean(d))
	w := []Weight{0.1, 0.2, 0.3}
	fmt.Printf("%.4f %T\n", Dot(w, w), Dot(w, w))
	fmt.Printf("%.4f\n", Norm([]float64{3, 4}))
	labels := Map(d, func(m Meters) string { return fmt.Sprintf("%.1fm", float64(m)) })
	fmt.Println(labels, len(labels))
	sq := Map[float64, int]([]float64{1.5, 2.5}, func(x float64) int { return int(x * x) })
	fmt.Println(sq)
	mean32 := Mean[float32]
	fmt.Println(mean32([]float32{1, 2, 4}))
	v := Vec[float64]{1, 2, 3}.Scale(0.5)
	fmt.Println(v, Sum(v))
}

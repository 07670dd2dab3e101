// Exercises: generic Matrix[T] with multiply over a numeric constraint.
package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Matrix[T Num] [][]T

func (a Matrix[T]) Mul(b Matrix[T]) Matrix[T] {
	out := make(Matrix[T], len(a))
	for i := range a {
		out[i] = make([]T, len(b[0]))
		for j := range b[0] {
			var s T
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func Identity[T Num](n int) Matrix[T] {
	m := make(Matrix[T], n)
	for i := range m {
		m[i] = make([]T, n)
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix[int]{{1, 2}, {3, 4}}
	b := Matrix[int]{{5, 6}, {7, 8}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Mul(Identity[int](2)))
	f := Matrix[float64]{{0.5, 0}, {0, 2}}
	fmt.Println(f.Mul(f))
}

// Exercises: generic numeric vector functions (Dot, Axpy) over float32 and float64
package main

import "fmt"

type Float interface{ ~float32 | ~float64 }

func Dot[T Float](a, b []T) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func Axpy[T Float](alpha T, x, y []T) {
	for i := range x {
		y[i] += alpha * x[i]
	}
}

func main() {
	x := []float64{1, 2, 3}
	y := []float64{4, 5, 6}
	fmt.Println(Dot(x, y))
	Axpy(0.5, x, y)
	fmt.Println(y)
	xf := []float32{0.1, 0.2}
	fmt.Printf("%.4f %T\n", Dot(xf, xf), Dot(xf, xf))
}

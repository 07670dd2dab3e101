package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func (m Mat) Apply(v []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		for j, a := range row {
			out[i] += a * v[j]
		}
	}
	return out
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func PowerIter(m Mat, iters int) (lambda float64, v []float64) {
	v = make([]float64, len(m))
	for i := range v {
		v[i] = 1
	}
	for k := 0; k < iters; k++ {
		w := m.Apply(v)
		n := norm(w)
		for i := range w {
			w[i] /= n
		}
		v = w
	}
	lambda = dot(v, m.Apply(v))
	return
}

func Deflate(m Mat, lambda float64, v []float64) Mat {
	out := make(Mat, len(m))
	for i := range m {
		out[i] = make([]float64, len(m))
		for j := range m {
			out[i][j] = m[i][j] - lambda*v[i]*v[j]
		}
	}
	return out
}

func main() {
	a := Mat{
		{4, 1, 0, 0},
		{1, 3, 1, 0},
		{0, 1, 2, 1},
		{0, 0, 1, 1},
	}
	m := a
	var eig []float64
	for k := 0; k < 4; k++ {
		l, v := PowerIter(m, 500)
		if v[0] < 0 {
			for i := range v {
				v[i] = -v[i]
			}
		}
		fmt.Printf("lambda%d = %.8f  v=%.5f\n", k+1, l, v)
		eig = append(eig, l)
		m = Deflate(m, l, v)
	}
	var sum float64
	for _, e := range eig {
		sum += e
	}
	tr := 0.0
	for i := range a {
		tr += a[i][i]
	}
	fmt.Printf("sum=%.6f trace=%.6f\n", sum, tr)
}

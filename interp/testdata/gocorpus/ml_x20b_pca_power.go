package main

import (
	"fmt"
	"math"
)

type Mat [][]float64

func covariance(X Mat) Mat {
	n, d := len(X), len(X[0])
	mean := make([]float64, d)
	for _, x := range X {
		for j, v := range x {
			mean[j] += v / float64(n)
		}
	}
	C := make(Mat, d)
	for i := range C {
		C[i] = make([]float64, d)
	}
	for _, x := range X {
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				C[i][j] += (x[i] - mean[i]) * (x[j] - mean[j]) / float64(n-1)
			}
		}
	}
	return C
}

func matVec(A Mat, v []float64) []float64 {
	out := make([]float64, len(A))
	for i, row := range A {
		for j, a := range row {
			out[i] += a * v[j]
		}
	}
	return out
}

func normalize(v []float64) float64 {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	for i := range v {
		v[i] /= n
	}
	return n
}

func powerIter(A Mat, iters int) (float64, []float64) {
	v := make([]float64, len(A))
	for i := range v {
		v[i] = 1
	}
	normalize(v)
	var lambda float64
	for range iters {
		w := matVec(A, v)
		lambda = normalize(w)
		v = w
	}
	if v[0] < 0 {
		for i := range v {
			v[i] = -v[i]
		}
	}
	return lambda, v
}

func deflate(A Mat, lambda float64, v []float64) Mat {
	B := make(Mat, len(A))
	for i := range A {
		B[i] = make([]float64, len(A))
		for j := range A {
			B[i][j] = A[i][j] - lambda*v[i]*v[j]
		}
	}
	return B
}

func main() {
	X := Mat{{2.5, 2.4, 0.5}, {0.5, 0.7, 1.1}, {2.2, 2.9, 0.4}, {1.9, 2.2, 0.9}, {3.1, 3.0, 0.2},
		{2.3, 2.7, 0.6}, {2, 1.6, 1.0}, {1, 1.1, 1.3}, {1.5, 1.6, 0.8}, {1.1, 0.9, 1.2}}
	C := covariance(X)
	for _, row := range C {
		fmt.Printf("%.4f\n", row)
	}
	total := C[0][0] + C[1][1] + C[2][2]
	A := C
	for k := 0; k < 2; k++ {
		l, v := powerIter(A, 200)
		fmt.Printf("PC%d lambda=%.4f explained=%.4f v=%.4f\n", k+1, l, l/total, v)
		A = deflate(A, l, v)
	}
}
